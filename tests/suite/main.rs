//! The integration tests, in one binary (one link of the library and its CLDR data): one
//! module per area, sharing the helpers in `tests/common`.

#[path = "../common/mod.rs"]
mod common;

mod add_locale;
mod architecture;
mod bad_inputs;
mod check_cli;
mod check_corpus;
mod check_l10n_toml;
mod check_outdated;
mod check_project;
mod check_rules;
mod date_terms;
mod handoff;
mod hardening;
mod incremental;
mod intl_cldr;
mod intl_functions;
mod listing;
mod lock_cli;
mod lock_status;
mod new_article;
mod notices;
mod pseudo;
mod publish;
mod reader_pages;
mod render;
mod robustness;
mod site_paths;
mod stylesheet;
mod templates;
mod word_coverage;
