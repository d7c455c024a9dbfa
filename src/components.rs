//! Components shared by several pages.

pub mod footer;
pub mod header;
pub mod load_error;
pub mod loading;
pub mod rich_text;
pub mod route_focus;
pub mod status_badge;
pub mod active_filters;
pub mod facet_panel;
pub mod highlighted;
pub mod result_list;
pub mod url_notice;
pub mod view_state;
