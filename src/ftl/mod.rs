//! The FTL layer shared by `check`, `lock`, `bundle` and `render`: the typed keys that cross
//! module boundaries ([`EntryKey`], [`PartId`]), one index of a locale's entries built once per
//! tree, and one visitor over patterns. It reads no files: it works on the parsed files of a
//! [`Catalog`](crate::catalog::Catalog).

mod index;
mod key;
pub(crate) mod visit;

pub(crate) use index::{FileEntries, LocaleIndex};
pub use key::{EntryKey, InvalidPartId, PartId};
pub(crate) use visit::{Visit, VisitMut};
