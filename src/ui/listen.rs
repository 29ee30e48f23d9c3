//! Event listeners and live input values, wired by the app itself rather than by Leptos'
//! `on:` and `prop:`.
//!
//! Those two bring Leptos' event machinery (delegation, a typed wrapper per event) and a long
//! diagnostic text into the wasm for each build; the app's handlers only need the plain DOM
//! event. An element gets its listener through `node_ref`:
//!
//! ```text
//! <button node_ref=on(&["click"], move |_| count.update(|n| *n += 1))>"More"</button>
//! ```
//!
//! Widgets stay for the page's life (they are mounted once and never unmounted), and so do
//! their listeners.

use leptos::prelude::*;
use leptos::tachys::html::element::ElementType;
use leptos::tachys::html::node_ref::NodeRefContainer;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// A handler for the events of one element.
pub(crate) type Handler = Box<dyn FnMut(web_sys::Event)>;

/// What an element needs wired when it is built: listeners, and maybe a live `value`.
///
/// Made by [`on`]; given to the element as its `node_ref`.
#[derive(Clone, Copy)]
pub(crate) struct Wiring {
    kinds: &'static [&'static str],
    // Taken when the element is built: an element is built once.
    handler: StoredValue<Option<Handler>, LocalStorage>,
    value: Option<Signal<String>>,
}

/// Calls `handler` with each event of the `kinds` on the element this is the `node_ref` of.
pub(crate) fn on(
    kinds: &'static [&'static str],
    handler: impl FnMut(web_sys::Event) + 'static,
) -> Wiring {
    Wiring {
        kinds,
        handler: StoredValue::new_local(Some(Box::new(handler))),
        value: None,
    }
}

impl Wiring {
    /// Also keeps the element's `value` property (an `<input>`'s) at `value`: the attribute
    /// only sets where it starts, and a slider the reader has moved ignores it.
    pub(crate) fn value(self, value: Signal<String>) -> Self {
        Self {
            value: Some(value),
            ..self
        }
    }

    fn wire(self, element: &web_sys::Element) {
        if let Some(handler) = self.handler.try_update_value(Option::take).flatten() {
            listen(element, self.kinds, handler);
        }
        if let Some(value) = self.value {
            let input = element
                .clone()
                .unchecked_into::<web_sys::HtmlInputElement>();
            Effect::new(move |_| value.with(|value| input.set_value(value)));
        }
    }
}

impl<E: ElementType> NodeRefContainer<E> for Wiring {
    fn load(self, element: &web_sys::Element) {
        self.wire(element);
    }
}

/// Calls `handler` with each event of the `kinds` on `target`, for the page's life.
pub(crate) fn listen(target: &web_sys::EventTarget, kinds: &[&str], handler: Handler) {
    let handler = Closure::wrap(handler);
    for kind in kinds {
        let _ = target.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
    }
    handler.forget();
}
