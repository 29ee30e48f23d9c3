//! The browser entry point of the full app: install the panic hook and mount.

fn main() {
    console_error_panic_hook::set_once();
    rust_or_go::ui::mount();
}
