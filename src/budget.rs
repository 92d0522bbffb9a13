//! A time budget for the work on one document. The per-document stages call `check()`
//! in their loops (per sentence, per figure); once the document's deadline has passed,
//! `check()` unwinds out of the work with an `Exceeded` payload (as salsa cancels a
//! query), and `run` turns that into an error naming the limit. No panic message is
//! printed and nothing else is lost: the document becomes a reject, the run goes on.

use std::cell::Cell;
use std::time::{Duration, Instant};

thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// The payload that unwinds out of a document's work when its time is up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Exceeded {
    pub limit: Duration,
}

/// How the work on a document ended when it did not return a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Stopped {
    /// The time budget was spent.
    Timeout(Duration),
    /// A bug: a panic with its message.
    Panic(String),
}

/// Stop the current document's work if its deadline has passed.
#[inline]
pub fn check() {
    if let Some(d) = DEADLINE.with(|c| c.get()) {
        if Instant::now() > d {
            let limit = LIMIT.with(|c| c.get());
            std::panic::resume_unwind(Box::new(Exceeded { limit }));
        }
    }
}

thread_local! {
    static LIMIT: Cell<Duration> = const { Cell::new(Duration::ZERO) };
}

/// Run `f` with a deadline of `limit` from now (none when `limit` is zero), catching
/// both the deadline and panics.
pub fn run<R>(limit: Duration, f: impl FnOnce() -> R) -> Result<R, Stopped> {
    let before = (DEADLINE.with(|c| c.get()), LIMIT.with(|c| c.get()));
    if !limit.is_zero() {
        DEADLINE.with(|c| c.set(Some(Instant::now() + limit)));
        LIMIT.with(|c| c.set(limit));
    }
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    DEADLINE.with(|c| c.set(before.0));
    LIMIT.with(|c| c.set(before.1));
    r.map_err(|payload| {
        if let Some(e) = payload.downcast_ref::<Exceeded>() {
            Stopped::Timeout(e.limit)
        } else if let Some(s) = payload.downcast_ref::<&str>() {
            Stopped::Panic(s.to_string())
        } else if let Some(s) = payload.downcast_ref::<String>() {
            Stopped::Panic(s.clone())
        } else {
            Stopped::Panic("unknown panic".into())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loop_that_checks_is_stopped_at_its_deadline() {
        let t = Instant::now();
        let r = run(Duration::from_millis(50), || loop {
            check();
            std::hint::spin_loop();
        });
        assert_eq!(r, Err::<(), _>(Stopped::Timeout(Duration::from_millis(50))));
        assert!(t.elapsed() < Duration::from_secs(5));
        // The deadline is gone afterwards: checks outside `run` never stop anything.
        check();
        assert_eq!(run(Duration::from_millis(50), || 7), Ok(7));
        assert_eq!(run(Duration::ZERO, || panic!("boom")), Err::<(), _>(Stopped::Panic("boom".into())));
    }
}
