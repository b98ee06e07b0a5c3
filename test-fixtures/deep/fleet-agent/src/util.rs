//! Small process helpers.

pub use std::process::Command as Task;
