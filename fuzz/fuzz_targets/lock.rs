//! Lock file text → [`Lock`]: parsing never panics, and a lock that reads writes back to
//! text that reads as the same lock and is written the same way again.
#![no_main]

use std::path::Path;

use fluentpress::lock::Lock;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fluentpress.lock");
    let Ok(lock) = Lock::from_str(path, text) else {
        return;
    };
    let written = lock.to_text();
    let reread = Lock::from_str(path, &written).expect("a written lock reads back");
    assert_eq!(reread, lock, "lock does not round-trip:\n{written}");
    assert_eq!(reread.to_text(), written, "writing a lock is not stable");
});
