//! Why a command could not run (exit 2), as a message of the catalogue rather than words, so
//! that it reaches the user in the output language.

use super::Message;

/// A command's failure: what went wrong, and optionally the cause beneath it.
#[derive(Debug)]
pub struct Failure {
    message: Message,
    cause: Option<Cause>,
}

/// What lies beneath a failure.
#[derive(Debug)]
pub enum Cause {
    /// Another failure of cemr's own.
    Failure(Box<Failure>),
    /// The words of the system or a library (an I/O error, a git error), shown as they come.
    Text(String),
}

impl Failure {
    #[must_use]
    pub fn new(message: Message) -> Self {
        Self { message, cause: None }
    }

    /// The failure with the error beneath it: a `Failure` stays one, anything else is its words.
    #[must_use]
    pub fn caused_by(message: Message, cause: anyhow::Error) -> Self {
        let cause = match cause.downcast::<Failure>() {
            Ok(failure) => Cause::Failure(Box::new(failure)),
            Err(other) => Cause::Text(format!("{other:#}")),
        };
        Self { message, cause: Some(cause) }
    }

    #[must_use]
    pub fn message(&self) -> &Message {
        &self.message
    }

    #[must_use]
    pub fn cause(&self) -> Option<&Cause> {
        self.cause.as_ref()
    }
}

/// Only for logs and tests: users see a failure through `render::failure`.
impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message.id())?;
        match &self.cause {
            Some(Cause::Failure(inner)) => write!(f, ": {inner}"),
            Some(Cause::Text(text)) => write!(f, ": {text}"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for Failure {}

/// `result.or_fail(|| msg::…)`: a failed step becomes a [`Failure`] with its error as the cause.
pub trait OrFail<T> {
    /// # Errors
    /// When `self` is an error.
    fn or_fail(self, message: impl FnOnce() -> Message) -> Result<T, Failure>;
}

impl<T, E: Into<anyhow::Error>> OrFail<T> for Result<T, E> {
    fn or_fail(self, message: impl FnOnce() -> Message) -> Result<T, Failure> {
        self.map_err(|e| Failure::caused_by(message(), e.into()))
    }
}

impl<T> OrFail<T> for Option<T> {
    fn or_fail(self, message: impl FnOnce() -> Message) -> Result<T, Failure> {
        self.ok_or_else(|| Failure::new(message()))
    }
}
