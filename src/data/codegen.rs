//! Writes a dataset value as a Rust constant expression, so the build script can bundle the
//! validated JSON as a `static` and the browser never parses it.
//!
//! It is a `serde::Serializer` that prints Rust syntax instead of a data format: a struct becomes
//! `Name { field: value, }`, text becomes `Cow::Borrowed("…")`, a list becomes
//! `Cow::Borrowed(&[…])`, a unit variant serialized as `"go-then-rust"` becomes
//! `Verdict::GoThenRust`. The printed names must be in scope where the output is `include!`d.
//! Maps and the data-carrying variant kinds the model does not use are rejected.
//!
//! This file is only compiled into the build script (`build.rs`) and into native tests.

use serde::ser::{self, Serialize};
use std::fmt::{self, Write};

/// The Rust expression that rebuilds `value`.
pub fn to_rust_expr<T: Serialize + ?Sized>(value: &T) -> Result<String, CodegenError> {
    let mut writer = RustWriter { out: String::new() };
    value.serialize(&mut writer)?;
    Ok(writer.out)
}

#[derive(Debug)]
pub struct CodegenError(String);

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CodegenError {}

impl ser::Error for CodegenError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        CodegenError(msg.to_string())
    }
}

const COW: &str = "::std::borrow::Cow::Borrowed";

struct RustWriter {
    out: String,
}

impl RustWriter {
    fn push(&mut self, args: fmt::Arguments<'_>) -> Result<(), CodegenError> {
        self.out
            .write_fmt(args)
            .map_err(|e| CodegenError(e.to_string()))
    }
}

/// `go-then-rust` or `nice_to_have` to `GoThenRust` / `NiceToHave`: the Rust name of a variant
/// serialized with `rename_all = "kebab-case"` or `"snake_case"`.
fn variant_ident(serialized: &str) -> String {
    serialized
        .split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

fn unsupported(what: &str) -> CodegenError {
    CodegenError(format!("the dataset model must not use {what}"))
}

macro_rules! integer {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, v: $ty) -> Result<(), CodegenError> {
            self.push(format_args!("{v}{}", stringify!($ty)))
        })*
    };
}

impl<'a> ser::Serializer for &'a mut RustWriter {
    type Ok = ();
    type Error = CodegenError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = ser::Impossible<(), CodegenError>;
    type SerializeMap = ser::Impossible<(), CodegenError>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = ser::Impossible<(), CodegenError>;

    fn serialize_bool(self, v: bool) -> Result<(), CodegenError> {
        self.push(format_args!("{v}"))
    }

    integer!(
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64
    );

    fn serialize_f32(self, v: f32) -> Result<(), CodegenError> {
        self.serialize_f64(f64::from(v))
    }

    fn serialize_f64(self, v: f64) -> Result<(), CodegenError> {
        if !v.is_finite() {
            return Err(CodegenError(format!("{v} has no Rust literal")));
        }
        self.push(format_args!("{v:?}f64"))
    }

    fn serialize_char(self, v: char) -> Result<(), CodegenError> {
        self.push(format_args!("{v:?}"))
    }

    fn serialize_str(self, v: &str) -> Result<(), CodegenError> {
        // `{:?}` escapes quotes, backslashes and control characters as Rust does.
        self.push(format_args!("{COW}({v:?})"))
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), CodegenError> {
        Err(unsupported("byte strings"))
    }

    fn serialize_none(self) -> Result<(), CodegenError> {
        self.push(format_args!("None"))
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), CodegenError> {
        self.push(format_args!("Some("))?;
        value.serialize(&mut *self)?;
        self.push(format_args!(")"))
    }

    fn serialize_unit(self) -> Result<(), CodegenError> {
        self.push(format_args!("()"))
    }

    fn serialize_unit_struct(self, name: &'static str) -> Result<(), CodegenError> {
        self.push(format_args!("{name}"))
    }

    fn serialize_unit_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), CodegenError> {
        self.push(format_args!("{name}::{}", variant_ident(variant)))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), CodegenError> {
        self.push(format_args!("{name}("))?;
        value.serialize(&mut *self)?;
        self.push(format_args!(")"))
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), CodegenError> {
        self.push(format_args!("{name}::{}(", variant_ident(variant)))?;
        value.serialize(&mut *self)?;
        self.push(format_args!(")"))
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, CodegenError> {
        self.push(format_args!("{COW}(&["))?;
        Ok(Compound {
            writer: self,
            close: "])",
        })
    }

    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a>, CodegenError> {
        self.push(format_args!("("))?;
        Ok(Compound {
            writer: self,
            close: ")",
        })
    }

    fn serialize_tuple_struct(
        self,
        name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, CodegenError> {
        self.push(format_args!("{name}("))?;
        Ok(Compound {
            writer: self,
            close: ")",
        })
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, CodegenError> {
        Err(unsupported("tuple variants"))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, CodegenError> {
        Err(unsupported("maps"))
    }

    fn serialize_struct(
        self,
        name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, CodegenError> {
        self.push(format_args!("{name} {{ "))?;
        Ok(Compound {
            writer: self,
            close: "}",
        })
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, CodegenError> {
        Err(unsupported("struct variants"))
    }
}

/// A list, tuple or struct being written; `close` ends it.
struct Compound<'a> {
    writer: &'a mut RustWriter,
    close: &'static str,
}

impl Compound<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), CodegenError> {
        value.serialize(&mut *self.writer)?;
        self.writer.push(format_args!(", "))
    }

    fn end(self) -> Result<(), CodegenError> {
        self.writer.push(format_args!("{}", self.close))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = CodegenError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), CodegenError> {
        self.element(value)
    }
    fn end(self) -> Result<(), CodegenError> {
        Compound::end(self)
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = CodegenError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), CodegenError> {
        self.element(value)
    }
    fn end(self) -> Result<(), CodegenError> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = CodegenError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), CodegenError> {
        self.element(value)
    }
    fn end(self) -> Result<(), CodegenError> {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = CodegenError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), CodegenError> {
        self.writer.push(format_args!("{key}: "))?;
        self.element(value)
    }
    fn end(self) -> Result<(), CodegenError> {
        Compound::end(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names_become_rust_identifiers() {
        assert_eq!(variant_ident("go-then-rust"), "GoThenRust");
        assert_eq!(variant_ident("nice_to_have"), "NiceToHave");
        assert_eq!(variant_ident("go"), "Go");
    }

    #[test]
    fn text_is_escaped_as_a_rust_literal() {
        let expr = to_rust_expr("say \"hi\"\n\\ —").unwrap();
        assert_eq!(expr, r#"::std::borrow::Cow::Borrowed("say \"hi\"\n\\ —")"#);
    }

    #[test]
    fn non_finite_numbers_are_rejected() {
        assert!(to_rust_expr(&f64::NAN).is_err());
    }

    #[test]
    fn maps_are_rejected() {
        let map: std::collections::BTreeMap<u8, u8> = [(1, 2)].into();
        assert!(to_rust_expr(&map).unwrap_err().to_string().contains("maps"));
    }
}
