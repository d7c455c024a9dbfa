//! Components shared by several pages.

pub mod active_filters;
pub mod connection_notice;
pub mod contribute_link;
pub mod embed_tools;
pub mod facet_panel;
pub mod footer;
pub mod header;
pub mod highlighted;
pub mod load_error;
pub mod loading;
pub mod report_gate;
pub mod report_hits;
pub mod report_text;
pub mod result_list;
pub mod rich_text;
pub mod route_focus;
pub mod status_badge;
pub mod update_banner;
pub mod url_notice;
pub mod view_state;
