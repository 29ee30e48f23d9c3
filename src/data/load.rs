//! Reading a dataset from JSON text, with errors that name the field.
//!
//! Used by the build script (which turns the validated file into the bundled `static`) and by
//! native tests; the browser never parses JSON.
//!
//! This file is also compiled into the build script (`build.rs`).

use super::model::Dataset;
use super::validate::{Violation, validate};
use std::fmt;

/// Why a dataset was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetError {
    /// Not valid JSON, or a field is missing, unknown or of the wrong type.
    Shape { path: String, message: String },
    /// Well-formed, but breaks one or more rules.
    Rules(Vec<Violation>),
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatasetError::Shape { path, message } => write!(f, "{path}: {message}"),
            DatasetError::Rules(violations) => {
                for (i, violation) in violations.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{violation}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for DatasetError {}

/// Parses and validates a dataset.
pub fn from_json(text: &str) -> Result<Dataset, DatasetError> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    let dataset: Dataset = serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let mut path = error.path().to_string();
        let message = error.inner().to_string();
        // serde reports a missing field at its parent; point at the field itself.
        if let Some(field) = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
        {
            path = if path == "." {
                field.to_string()
            } else {
                format!("{path}.{field}")
            };
        }
        DatasetError::Shape { path, message }
    })?;
    validate(&dataset).map_err(DatasetError::Rules)?;
    Ok(dataset)
}
