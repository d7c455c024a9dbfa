//! Components shared by several pages.

pub mod footer;
pub mod header;
pub mod load_error;
pub mod loading;
pub mod rich_text;
pub mod route_focus;
pub mod status_badge;
