//! The query string, parsed and written without the browser: the advisor's answers, the embed
//! and theme parameters and the chart options all live there (PRODUCT.md, "Advisor answers in
//! the URL" and "Embeds").
//!
//! Parsing never fails: malformed escapes, invalid UTF-8, control characters and huge inputs
//! come out as harmless text that the readers of each key then accept or ignore.

/// The longest query string read; anything beyond is ignored (a link is not a data channel).
pub const MAX_QUERY_LEN: usize = 4096;

/// `?a=1&b=x%20y` as `[("a", "1"), ("b", "x y")]`, in order, repeated keys kept.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let query = truncate(query, MAX_QUERY_LEN);
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

/// The first value of `key`, as `URLSearchParams.get` gives it.
pub fn first<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, value)| value.as_str())
}

/// Writes pairs back as a query string (without the `?`), escaping what needs escaping.
pub fn write_query(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Replaces every pair whose key is in `keys` by `updates` (in their order), keeping all other
/// pairs where they were: the advisor rewrites its own keys and leaves `embed`, `theme` and
/// anything else alone.
pub fn replace_keys(
    pairs: &[(String, String)],
    keys: &[&str],
    updates: &[(String, String)],
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = pairs
        .iter()
        .filter(|(key, _)| !keys.contains(&key.as_str()))
        .cloned()
        .collect();
    out.extend(updates.iter().cloned());
    out
}

fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Percent-decoding as forms do (`+` is a space); a malformed escape stays as written, and
/// bytes that are not UTF-8 become U+FFFD.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Escapes everything but unreserved characters (RFC 3986).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn parses_and_decodes() {
        assert_eq!(
            parse_query("?build=web&months=3&x=a%20b+c&flag"),
            pairs(&[
                ("build", "web"),
                ("months", "3"),
                ("x", "a b c"),
                ("flag", "")
            ])
        );
        assert_eq!(parse_query(""), vec![]);
        assert_eq!(parse_query("?"), vec![]);
        assert_eq!(parse_query("a=1&&b=2"), pairs(&[("a", "1"), ("b", "2")]));
    }

    #[test]
    fn malformed_escapes_and_bytes_are_harmless() {
        assert_eq!(parse_query("a=%"), pairs(&[("a", "%")]));
        assert_eq!(parse_query("a=%4"), pairs(&[("a", "%4")]));
        assert_eq!(parse_query("a=%zz"), pairs(&[("a", "%zz")]));
        assert_eq!(parse_query("a=%ff%fe"), pairs(&[("a", "\u{fffd}\u{fffd}")]));
        assert_eq!(parse_query("a=%E2%82%AC"), pairs(&[("a", "€")]));
        assert_eq!(parse_query("a=%00%1b"), pairs(&[("a", "\u{0}\u{1b}")]));
    }

    #[test]
    fn huge_queries_are_cut_on_a_character_boundary() {
        let long = format!("a={}", "é".repeat(5000));
        let parsed = parse_query(&long);
        assert!(parsed[0].1.len() <= MAX_QUERY_LEN);
        assert!(parsed[0].1.chars().all(|c| c == 'é'));
    }

    #[test]
    fn the_first_value_wins_as_in_url_search_params() {
        let parsed = parse_query("build=web&build=cli");
        assert_eq!(first(&parsed, "build"), Some("web"));
        assert_eq!(first(&parsed, "nope"), None);
    }

    #[test]
    fn writing_escapes_and_round_trips() {
        let original = pairs(&[("embed", "quiz"), ("x", "a b&c=d€")]);
        let written = write_query(&original);
        assert_eq!(written, "embed=quiz&x=a%20b%26c%3Dd%E2%82%AC");
        assert_eq!(parse_query(&written), original);
    }

    #[test]
    fn replacing_keys_keeps_the_others_in_place() {
        let current = pairs(&[
            ("embed", "quiz"),
            ("build", "web"),
            ("theme", "dark"),
            ("build", "cli"),
        ]);
        let updated = replace_keys(
            &current,
            &["build", "months"],
            &pairs(&[("build", "wasm"), ("months", "6")]),
        );
        assert_eq!(
            updated,
            pairs(&[
                ("embed", "quiz"),
                ("theme", "dark"),
                ("build", "wasm"),
                ("months", "6")
            ])
        );
    }
}
