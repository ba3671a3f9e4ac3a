//! Hello, world, as a Tauri app: nothing but a window and one line, the floor any Tauri app
//! stands on. `make bench` starts it with the same harness as Feltboard and prints
//! Feltboard's start-up and memory as ratios to it.

fn main() {
    if let Err(error) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("feltboard-floor: {error}");
        std::process::exit(1);
    }
}
