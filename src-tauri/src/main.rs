// No console window beside the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    feltboard_app::rendering::choose_before_threads();
    feltboard_app::run();
}
