//! Short names across the boundary between a wasm build and its JS glue.
//!
//! wasm-bindgen names every function the wasm imports from its glue after the JS it calls plus a
//! 16-digit hash (`__wbg_set_innerHTML_a9d3a267967b5117`), under a module named after the glue
//! (`./rust-or-go_bg.js`). Each name is written twice, once in the wasm's import section and
//! once in the glue's import object, and the hashes do not compress: for the full app's 171
//! imports that is about 4 KiB of brotli over the two files. The exports the glue calls have long
//! names too (a closure's is up to 200 characters). [`shorten`] renames the module to `a`, the
//! imports to `a`, `b`, … `aa`, … and the exports likewise, in both files, as Emscripten does for
//! its own glue with Binaryen's `--minify-imports-and-exports-and-modules`. Nothing else
//! changes: the code refers to imports and exports by their index, not their name.
//!
//! The glue must name each import exactly once, as a whole word (the module with its quotes),
//! and read the exports only as `wasm.<name>` (the instance's exports, as wasm-bindgen writes
//! them): anything else means the glue is not shaped as expected, and the build stops with an
//! error naming the import or export rather than ship a page that cannot start.

/// The wasm and its glue with the short names.
pub struct Shortened {
    pub wasm: Vec<u8>,
    pub glue: String,
}

/// The import section's id in a wasm binary.
const IMPORT_SECTION: u8 = 2;
/// The export section's id.
const EXPORT_SECTION: u8 = 7;
/// How the glue reads the instance's exports.
const EXPORTS_IN_GLUE: &str = "wasm.";
/// An import's kind: a function.
const FUNCTION_IMPORT: u8 = 0;
/// The module the imports come from, renamed.
const SHORT_MODULE: &str = "a";

/// Renames the module, every function import and every export of `wasm` to short names, in
/// `wasm` and in `glue` (the JS that provides those imports and calls those exports).
pub fn shorten(wasm: &[u8], glue: &str) -> Result<Shortened, String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0") {
        return Err("not a wasm binary (version 1)".to_string());
    }
    let mut reader = Reader { bytes: wasm, at: 8 };
    let mut out = wasm[..8].to_vec();
    let mut renames = Vec::new();
    let mut seen = Vec::new();
    while reader.at < wasm.len() {
        let id = reader.byte()?;
        let size = reader.length()?;
        let content = reader.take(size)?;
        let section = match id {
            IMPORT_SECTION => rename_imports(content, &mut renames)?,
            EXPORT_SECTION => rename_exports(content, &mut renames)?,
            _ => content.to_vec(),
        };
        if matches!(id, IMPORT_SECTION | EXPORT_SECTION) {
            if seen.contains(&id) {
                return Err(format!("the wasm has two sections of id {id}"));
            }
            seen.push(id);
        }
        out.push(id);
        write_length(&mut out, section.len());
        out.extend_from_slice(&section);
    }
    let glue = rename_in_glue(glue, &renames)?;
    Ok(Shortened { wasm: out, glue })
}

/// One name to change in the glue: `old` becomes `new`.
struct Rename {
    old: String,
    new: String,
    what: Named,
}

/// What a name names, which says how the glue writes it.
#[derive(Clone, Copy, PartialEq)]
enum Named {
    /// The module of the imports: a quoted string, once.
    Module,
    /// A function import: a whole word, once (a key of the import object).
    Import,
    /// An export: `wasm.<name>`, as often as the glue calls it (perhaps never).
    Export,
}

/// The import section with short names; records each rename in `renames`.
fn rename_imports(content: &[u8], renames: &mut Vec<Rename>) -> Result<Vec<u8>, String> {
    let mut reader = Reader::new(content);
    let count = reader.length()?;
    let mut section = Vec::with_capacity(content.len());
    write_length(&mut section, count);
    let mut module_name: Option<String> = None;
    for index in 0..count {
        let module = reader.name()?;
        let name = reader.name()?;
        let kind = reader.byte()?;
        if kind != FUNCTION_IMPORT {
            return Err(format!(
                "import {module}.{name} is not a function (kind {kind}); only function imports \
                 are renamed"
            ));
        }
        let type_index = reader.length()?;
        match &module_name {
            None => module_name = Some(module.to_string()),
            Some(first) if first != module => {
                return Err(format!(
                    "the wasm imports from two modules, {first} and {module}; one glue provides \
                     them all"
                ));
            }
            Some(_) => {}
        }
        let short = short_name(index);
        write_name(&mut section, SHORT_MODULE);
        write_name(&mut section, &short);
        section.push(kind);
        write_length(&mut section, type_index);
        renames.push(Rename {
            old: name.to_string(),
            new: short,
            what: Named::Import,
        });
    }
    reader.finish("import")?;
    if let Some(module) = module_name {
        renames.push(Rename {
            old: module,
            new: SHORT_MODULE.to_string(),
            what: Named::Module,
        });
    }
    Ok(section)
}

/// The export section with short names; records each rename in `renames`.
fn rename_exports(content: &[u8], renames: &mut Vec<Rename>) -> Result<Vec<u8>, String> {
    let mut reader = Reader::new(content);
    let count = reader.length()?;
    let mut section = Vec::with_capacity(content.len());
    write_length(&mut section, count);
    for index in 0..count {
        let name = reader.name()?;
        let kind = reader.byte()?;
        let item = reader.length()?;
        let short = short_name(index);
        write_name(&mut section, &short);
        section.push(kind);
        write_length(&mut section, item);
        renames.push(Rename {
            old: name.to_string(),
            new: short,
            what: Named::Export,
        });
    }
    reader.finish("export")?;
    Ok(section)
}

/// `index` as a short name: `a` … `z`, `A` … `Z`, then two letters and more (the first letter
/// counting fastest). Letters only, so each is a plain property name in JS.
fn short_name(mut index: usize) -> String {
    const LETTERS: &[u8; 52] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = String::new();
    loop {
        name.push(char::from(LETTERS[index % LETTERS.len()]));
        index /= LETTERS.len();
        if index == 0 {
            return name;
        }
        index -= 1;
    }
}

/// `glue` with every rename applied (see the module's documentation for what must hold).
fn rename_in_glue(glue: &str, renames: &[Rename]) -> Result<String, String> {
    let left = left_in_glue(glue, renames);
    let mut edits = Vec::new();
    for rename in &left {
        edits.extend(whole_words(glue, &rename.old).map(|at| (at, rename.old.len(), &rename.new)));
    }
    for rename in renames {
        let words: Vec<usize> = whole_words(glue, &rename.old).collect();
        let quoted = |at: usize| {
            let before = glue[..at].chars().next_back();
            let after = glue[at + rename.old.len()..].chars().next();
            before.is_some_and(|q| q == '"' || q == '\'') && after == before
        };
        let found: Vec<usize> = match rename.what {
            Named::Module => words.iter().copied().filter(|&at| quoted(at)).collect(),
            Named::Import => words,
            Named::Export => {
                let read_elsewhere = words.iter().find(|&&at| {
                    quoted(at)
                        || glue[..at].ends_with('.') && !glue[..at].ends_with(EXPORTS_IN_GLUE)
                });
                if let Some(&at) = read_elsewhere {
                    let from = glue[..at]
                        .char_indices()
                        .rev()
                        .nth(10)
                        .map_or(0, |(i, _)| i);
                    return Err(format!(
                        "the glue reads the wasm's export {} other than as {EXPORTS_IN_GLUE}{}: \
                         …{}…",
                        rename.old,
                        rename.old,
                        &glue[from..at + rename.old.len()]
                    ));
                }
                words
                    .iter()
                    .copied()
                    .filter(|&at| glue[..at].ends_with(EXPORTS_IN_GLUE))
                    .collect()
            }
        };
        if rename.what != Named::Export && found.len() != 1 {
            let what = if rename.what == Named::Module {
                "module"
            } else {
                "import"
            };
            return Err(format!(
                "the glue must name the wasm's {what} {} exactly once, found it {} times",
                rename.old,
                found.len()
            ));
        }
        // A quoted module keeps its quotes: only the name between them changes.
        edits.extend(
            found
                .into_iter()
                .map(|at| (at, rename.old.len(), &rename.new)),
        );
    }
    if !renames.iter().any(|r| r.what == Named::Export) || !glue.contains(EXPORTS_IN_GLUE) {
        return Err(format!(
            "the glue never reads the wasm's exports as {EXPORTS_IN_GLUE}<name>, or the wasm has none"
        ));
    }
    edits.sort_by_key(|&(at, _, _)| at);
    let mut out = String::with_capacity(glue.len());
    let mut from = 0;
    for (at, length, new) in edits {
        if at < from {
            return Err("two of the wasm's names overlap in the glue".to_string());
        }
        out.push_str(&glue[from..at]);
        out.push_str(new);
        from = at + length;
    }
    out.push_str(&glue[from..]);
    Ok(out)
}

/// The imports the glue still provides that the wasm no longer imports, with short names after
/// the wasm's own: wasm-bindgen writes the glue before wasm-opt removes the last call to an
/// import, and their hashed names would otherwise stay in the glue.
fn left_in_glue(glue: &str, renames: &[Rename]) -> Vec<Rename> {
    let imports = renames.iter().filter(|r| r.what == Named::Import).count();
    let mut left: Vec<Rename> = Vec::new();
    for (at, _) in glue.match_indices("__wbg_") {
        let end = glue[at..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
            .map_or(glue.len(), |length| at + length);
        let word = &glue[at..end];
        let hashed = word.len() > 17
            && word.as_bytes()[word.len() - 17] == b'_'
            && word[word.len() - 16..]
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if hashed
            && is_whole_word(glue, at, end)
            && !renames.iter().any(|r| r.old == word)
            && !left.iter().any(|r| r.old == word)
        {
            left.push(Rename {
                old: word.to_string(),
                new: short_name(imports + left.len()),
                what: Named::Import,
            });
        }
    }
    left
}

/// Where `name` stands in `glue` as a whole identifier.
fn whole_words<'a>(glue: &'a str, name: &'a str) -> impl Iterator<Item = usize> + 'a {
    glue.match_indices(name)
        .map(|(at, _)| at)
        .filter(move |&at| is_whole_word(glue, at, at + name.len()))
}

/// Whether `glue[start..end]` is a whole identifier: no identifier character either side.
fn is_whole_word(glue: &str, start: usize, end: usize) -> bool {
    let identifier = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    !glue[..start].chars().next_back().is_some_and(identifier)
        && !glue[end..].chars().next().is_some_and(identifier)
}

/// Reads a wasm binary's bytes in order; every read past the end is an error.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    /// Checks that a section of `what`s ended with its last entry.
    fn finish(&self, what: &str) -> Result<(), String> {
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(format!(
                "the {what} section has bytes after its last {what}"
            ))
        }
    }

    fn take(&mut self, count: usize) -> Result<&'a [u8], String> {
        let end = self
            .at
            .checked_add(count)
            .filter(|&end| end <= self.bytes.len())
            .ok_or("the wasm ends in the middle of a section")?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Ok(taken)
    }

    fn byte(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    /// An unsigned LEB128 number of at most 32 bits (lengths, counts and indices).
    fn length(&mut self) -> Result<usize, String> {
        let mut value: u32 = 0;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            let bits = u32::from(byte & 0x7f);
            if shift == 28 && bits > 0x0f {
                return Err("a number in the wasm does not fit in 32 bits".to_string());
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(value as usize);
            }
        }
        Err("a number in the wasm does not fit in 32 bits".to_string())
    }

    /// A name: its length, then UTF-8.
    fn name(&mut self) -> Result<&'a str, String> {
        let length = self.length()?;
        std::str::from_utf8(self.take(length)?)
            .map_err(|_| "a name in the wasm is not UTF-8".to_string())
    }
}

fn write_length(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn write_name(out: &mut Vec<u8>, name: &str) {
    write_length(out, name.len());
    out.extend_from_slice(name.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A section: its id, its length, its content.
    fn section(id: u8, content: &[u8]) -> Vec<u8> {
        let mut out = vec![id];
        write_length(&mut out, content.len());
        out.extend_from_slice(content);
        out
    }

    /// A wasm binary whose imports are `(module, name, kind)` and whose one export is `main`,
    /// after a type section that must come out unchanged.
    fn wasm_with(imports: &[(&str, &str, u8)]) -> Vec<u8> {
        let mut content = Vec::new();
        write_length(&mut content, imports.len());
        for &(module, name, kind) in imports {
            write_name(&mut content, module);
            write_name(&mut content, name);
            content.push(kind);
            content.push(0);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend(section(1, &[1, 0x60, 0, 0]));
        wasm.extend(section(IMPORT_SECTION, &content));
        wasm.extend(section(
            EXPORT_SECTION,
            &[1, 4, b'm', b'a', b'i', b'n', 0, 2],
        ));
        wasm
    }

    /// The names in section `id` of `wasm`: `(module, name)` for imports, `("", name)` for
    /// exports, each followed by its kind and index.
    fn names_in(wasm: &[u8], id: u8) -> Vec<(String, String, u8, usize)> {
        let mut reader = Reader { bytes: wasm, at: 8 };
        while reader.at < wasm.len() {
            let section_id = reader.byte().unwrap();
            let size = reader.length().unwrap();
            let content = reader.take(size).unwrap();
            if section_id != id {
                continue;
            }
            let mut items = Reader::new(content);
            let count = items.length().unwrap();
            return (0..count)
                .map(|_| {
                    let module = if id == IMPORT_SECTION {
                        items.name().unwrap().to_string()
                    } else {
                        String::new()
                    };
                    let name = items.name().unwrap().to_string();
                    (module, name, items.byte().unwrap(), items.length().unwrap())
                })
                .collect();
        }
        Vec::new()
    }

    const GLUE: &str = "let wasm;function __wbg_get_imports(){return{__proto__:null,\
        \"./app_bg.js\":{__proto__:null,__wbg_log_0123456789abcdef:function(e){console.log(e)},\
        __wbg_log_0123456789abcdef0:function(){},__wbindgen_init:function(){}}}}\
        function main(){wasm.main()}function __wbg_finalize_init(e){return wasm=e.exports,main(),wasm}";

    #[test]
    fn renames_the_module_each_import_and_each_export_in_both_files() {
        let wasm = wasm_with(&[
            ("./app_bg.js", "__wbg_log_0123456789abcdef", 0),
            ("./app_bg.js", "__wbg_log_0123456789abcdef0", 0),
            ("./app_bg.js", "__wbindgen_init", 0),
        ]);
        let shortened = shorten(&wasm, GLUE).unwrap();
        let names = |list: &[(&str, &str)]| -> Vec<(String, String, u8, usize)> {
            list.iter()
                .map(|&(m, n)| (m.to_string(), n.to_string(), 0, 0))
                .collect()
        };
        assert_eq!(
            names_in(&shortened.wasm, IMPORT_SECTION),
            names(&[("a", "a"), ("a", "b"), ("a", "c")])
        );
        // The export keeps its kind and its function index.
        assert_eq!(
            names_in(&shortened.wasm, EXPORT_SECTION),
            [(String::new(), "a".to_string(), 0, 2)]
        );
        // The glue's own function `main` keeps its name; the export it calls is renamed.
        assert_eq!(
            shortened.glue,
            "let wasm;function __wbg_get_imports(){return{__proto__:null,\
             \"a\":{__proto__:null,a:function(e){console.log(e)},\
             b:function(){},c:function(){}}}}\
             function main(){wasm.a()}function __wbg_finalize_init(e){return wasm=e.exports,main(),wasm}"
        );
        // The sections before the imports are untouched.
        assert!(shortened.wasm.starts_with(&wasm[..14]));
        // Deterministic, so Trunk's content hash in the file name still names one content.
        assert_eq!(shorten(&wasm, GLUE).unwrap().wasm, shortened.wasm);
    }

    #[test]
    fn an_import_the_wasm_no_longer_has_gets_a_short_name_in_the_glue_too() {
        // wasm-opt removed the call to `log`: the wasm imports only `init`.
        let wasm = wasm_with(&[("./app_bg.js", "__wbindgen_init", 0)]);
        let glue = shorten(&wasm, GLUE).unwrap().glue;
        assert_eq!(
            glue,
            "let wasm;function __wbg_get_imports(){return{__proto__:null,\
             \"a\":{__proto__:null,b:function(e){console.log(e)},\
             __wbg_log_0123456789abcdef0:function(){},a:function(){}}}}\
             function main(){wasm.a()}function __wbg_finalize_init(e){return wasm=e.exports,main(),wasm}"
        );
    }

    #[test]
    fn short_names_are_distinct_letters() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!(&names[..3], ["a", "b", "c"]);
        assert_eq!(names[51], "Z");
        assert_eq!(names[52], "aa");
        let distinct: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        assert!(
            names
                .iter()
                .all(|n| n.bytes().all(|b| b.is_ascii_alphabetic()))
        );
    }

    #[test]
    fn a_glue_of_another_shape_stops_the_build() {
        let missing = wasm_with(&[("./app_bg.js", "__wbg_gone_0123456789abcdef", 0)]);
        let error = shorten(&missing, GLUE).err().unwrap();
        assert!(error.contains("import __wbg_gone_0123456789abcdef exactly once, found it 0"));

        let wasm = wasm_with(&[("./app_bg.js", "__wbindgen_init", 0)]);
        let twice = format!("{GLUE}{{__wbindgen_init:1}}");
        let error = shorten(&wasm, &twice).err().unwrap();
        assert!(error.contains("import __wbindgen_init exactly once, found it 2"));

        let other_module = wasm_with(&[("./other_bg.js", "__wbindgen_init", 0)]);
        let error = shorten(&other_module, GLUE).err().unwrap();
        assert!(error.contains("module ./other_bg.js exactly once, found it 0"));

        // An export read through another name than `wasm` would keep calling the old name.
        let elsewhere = GLUE.replace("wasm.main()", "e.exports.main()");
        let error = shorten(&wasm, &elsewhere).err().unwrap();
        assert!(
            error.contains("export main other than as wasm.main"),
            "{error}"
        );
        let by_string = GLUE.replace("wasm.main()", "wasm[\"main\"]()");
        assert!(shorten(&wasm, &by_string).is_err());
    }

    #[test]
    fn what_it_cannot_rename_is_an_error() {
        let memory = wasm_with(&[("./app_bg.js", "memory", 2)]);
        assert!(
            shorten(&memory, GLUE)
                .err()
                .unwrap()
                .contains("not a function")
        );

        let two_modules = wasm_with(&[
            ("./app_bg.js", "__wbindgen_init", 0),
            ("env", "__wbg_log_0123456789abcdef", 0),
        ]);
        assert!(
            shorten(&two_modules, GLUE)
                .err()
                .unwrap()
                .contains("two modules")
        );

        assert!(
            shorten(b"<html>", GLUE)
                .err()
                .unwrap()
                .contains("not a wasm")
        );
        let wasm = wasm_with(&[("./app_bg.js", "__wbindgen_init", 0)]);
        let truncated = &wasm[..wasm.len() - 3];
        assert!(
            shorten(truncated, GLUE)
                .err()
                .unwrap()
                .contains("ends in the middle")
        );
    }
}
