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

/// `query` (raw, as in the address bar, `?` optional) with the pairs that `keys` name replaced
/// by `updates`: every other pair is kept byte for byte, in its place, and so is everything past
/// the [`MAX_QUERY_LEN`] characters that are read (a host's tracking tags, a long link). The
/// updates go at the end, where the advisor always writes them, unless that would put them
/// past what is read: then at the start. Empty pairs (`&&`) are dropped.
pub fn rewrite_query(query: &str, keys: &[&str], updates: &[(String, String)]) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut kept: Vec<&str> = Vec::new();
    let mut offset = 0;
    for pair in query.split('&') {
        let read = offset < MAX_QUERY_LEN;
        offset += pair.len() + 1;
        if pair.is_empty() {
            continue;
        }
        let key = pair.split_once('=').map_or(pair, |(key, _)| key);
        if !(read && keys.contains(&decode(key).as_str())) {
            kept.push(pair);
        }
    }
    let written = write_query(updates);
    let kept_length: usize = kept.iter().map(|pair| pair.len() + 1).sum();
    let mut parts: Vec<&str> = Vec::with_capacity(kept.len() + 1);
    if !written.is_empty() && kept_length + written.len() > MAX_QUERY_LEN {
        parts.push(&written);
        parts.extend(kept);
    } else {
        parts.extend(kept);
        if !written.is_empty() {
            parts.push(&written);
        }
    }
    parts.join("&")
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
    fn rewriting_keeps_every_other_parameter_byte_for_byte() {
        let update = pairs(&[("build", "wasm")]);
        // Escapes, plus signs and odd bytes of other parameters stay exactly as they were.
        assert_eq!(
            rewrite_query(
                "?utm_source=a%20b+c&build=web&x=%E2%82%AC&flag&y=1=2",
                &["build"],
                &update
            ),
            "utm_source=a%20b+c&x=%E2%82%AC&flag&y=1=2&build=wasm"
        );
        // An advisor key written another way is still the advisor's.
        assert_eq!(
            rewrite_query("b%75ild=web&embed=quiz", &["build"], &update),
            "embed=quiz&build=wasm"
        );
        assert_eq!(rewrite_query("", &["build"], &[]), "");
        assert_eq!(
            rewrite_query("a=1&&b=2&build=x", &["build"], &[]),
            "a=1&b=2"
        );
        // Past the characters that are read, nothing changes, advisor keys included; the
        // answers then go first, where they are read.
        let tail = format!("ref={}&build=cli", "x".repeat(MAX_QUERY_LEN));
        let written = rewrite_query(&format!("build=web&{tail}"), &["build"], &update);
        assert_eq!(written, format!("build=wasm&{tail}"));
        assert_eq!(
            first(&parse_query(&written), "build"),
            Some("wasm"),
            "the new answer is the one read"
        );
    }
}
