//! The "Embed" button on every chart and on the advisor, and its dialog: the copy-paste
//! snippet for that widget (built from this page's own origin and path), a theme choice, a
//! live preview of exactly that snippet, and a copy button.
//!
//! The dialog's content is fixed markup (see [`dialog_html`]) wired by one delegated handler:
//! a theme change rewrites the snippet and the preview in place, so focus stays where it is.

use super::app_base_url;
use super::listen::{Handler, listen, on};
use crate::embed::{Theme, Widget, snippet};
use crate::html::escape;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The button that opens the embed dialog for `widget`.
#[component]
pub fn EmbedButton(
    /// The widget to embed.
    widget: Widget,
    /// Query pairs the snippet carries (chart options, advisor answers).
    options: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let prefix = format!("embed-{}", widget.id());
    let title_id = format!("{prefix}-title");

    // Rewrites the snippet and the preview for the chosen theme.
    let update = {
        let widget = widget.clone();
        let prefix = prefix.clone();
        move |show_preview: bool| {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let theme = document
                .query_selector(&format!("input[name={prefix}-theme]:checked"))
                .ok()
                .flatten()
                .and_then(|input| input.get_attribute("value"))
                .map_or(Theme::Auto, |id| match id.as_str() {
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    _ => Theme::Auto,
                });
            let code = snippet(&app_base_url(), &widget, theme, &options.get_untracked());
            if let Some(textarea) = document
                .get_element_by_id(&format!("{prefix}-snippet"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                textarea.set_value(&code);
            }
            if let Some(preview) = document.get_element_by_id(&format!("{prefix}-preview")) {
                let src = if show_preview {
                    preview_src(&code)
                } else {
                    "about:blank".to_string()
                };
                let _ = preview.set_attribute("src", &src);
            }
            set_status(&document, &prefix, "");
        }
    };

    // The dialog's events: a theme chosen, a button pressed, the dialog closed.
    let on_dialog = {
        let update = update.clone();
        let prefix = prefix.clone();
        move |event: web_sys::Event| match event.type_().as_str() {
            "change" => update(true),
            "close" => update(false),
            _ => {
                let action = event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                    .and_then(|target| target.get_attribute("data-action"));
                match action.as_deref() {
                    Some("copy") => copy_snippet(prefix.clone()),
                    Some("close") => {
                        if let Some(dialog) = dialog.get_untracked() {
                            dialog.close();
                        }
                    }
                    _ => {}
                }
            }
        }
    };
    let mut on_dialog: Option<Handler> = Some(Box::new(on_dialog));
    let open = move |_| {
        let Some(element) = dialog.get_untracked() else {
            return;
        };
        // The content is written, and wired, on first opening: most readers never open it.
        if let Some(handler) = on_dialog.take() {
            element.set_inner_html(&dialog_html(&prefix, &widget));
            listen(&element, &["change", "click", "close"], handler);
        }
        load_embed_script();
        update(true);
        let _ = element.show_modal();
    };

    view! {
        <button type="button" class="embed-button" node_ref=on(&["click"], open)>
            "Embed"
        </button>
        <dialog
            node_ref=dialog
            class="embed-dialog"
            aria-labelledby=title_id
        ></dialog>
    }
}

/// The dialog's content; element ids start with `prefix`.
fn dialog_html(prefix: &str, widget: &Widget) -> String {
    let themes: String = Theme::ALL
        .iter()
        .map(|theme| {
            format!(
                "<label class=\"choice\"><input type=\"radio\" name=\"{prefix}-theme\" value=\"{}\"{}> {}</label>",
                theme.id(),
                if *theme == Theme::Auto { " checked" } else { "" },
                escape(theme.label())
            )
        })
        .collect();
    let title = escape(widget.title());
    format!(
        "<h2 id=\"{prefix}-title\">Embed “{title}”</h2>\
         <p>Paste this into your page. The widget sizes itself to its content; without the script \
         it keeps the height in the snippet.</p>\
         <fieldset class=\"question\"><legend>Theme</legend><div class=\"choices\">{themes}</div></fieldset>\
         <label for=\"{prefix}-snippet\">Snippet</label>\
         <textarea id=\"{prefix}-snippet\" readonly rows=\"5\"></textarea>\
         <p class=\"dialog-actions\"><button type=\"button\" data-action=\"copy\">Copy snippet</button> \
         <button type=\"button\" data-action=\"close\">Close</button> \
         <span id=\"{prefix}-status\" aria-live=\"polite\"></span></p>\
         <h3>Preview</h3>\
         <iframe id=\"{prefix}-preview\" class=\"embed-preview\" title=\"Preview: {title}\" \
         height=\"{}\"></iframe>",
        widget.default_height()
    )
}

fn set_status(document: &web_sys::Document, prefix: &str, text: &str) {
    if let Some(status) = document.get_element_by_id(&format!("{prefix}-status")) {
        status.set_text_content(Some(text));
    }
}

fn copy_snippet(prefix: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(text) = document
        .get_element_by_id(&format!("{prefix}-snippet"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|textarea| textarea.value())
    else {
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        let message = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => "Snippet copied.",
            Err(_) => "Copying failed: select the snippet and copy it.",
        };
        set_status(&document, &prefix, message);
    });
}

/// The iframe `src` of a snippet, unescaped: what follows the first `src="` up to the next `"`,
/// with `&amp;` read as `&`. Byte by byte: a `&str` search or replace brings a whole
/// string-search algorithm into the wasm.
fn preview_src(snippet: &str) -> String {
    const START: &[u8] = b"src=\"";
    const AMP: &[u8] = b"&amp;";
    let bytes = snippet.as_bytes();
    let Some(start) = bytes.windows(START.len()).position(|w| w == START) else {
        return String::new();
    };
    let rest = &bytes[start + START.len()..];
    let value = rest.split(|&b| b == b'"').next().unwrap_or_default();
    let mut out = Vec::with_capacity(value.len());
    let mut i = 0;
    while i < value.len() {
        if value[i..].starts_with(AMP) {
            out.push(b'&');
            i += AMP.len();
        } else {
            out.push(value[i]);
            i += 1;
        }
    }
    // Cut at ASCII bytes only, so still UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// Adds `embed.js` to this page once, so the preview sizes itself exactly as the snippet will
/// on the author's page.
fn load_embed_script() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("embed-script").is_some() {
        return;
    }
    let Ok(script) = document.create_element("script") else {
        return;
    };
    script.set_id("embed-script");
    let _ = script.set_attribute("src", &format!("{}embed.js", app_base_url()));
    let _ = script.set_attribute("async", "");
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}
