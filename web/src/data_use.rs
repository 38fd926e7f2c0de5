//! The data counter: how many bytes Dala moved on this device this month, shown to the learner
//! so the cost of the app is visible ("Dala used 312 kilobytes of data on this device this
//! month").
//!
//! What is counted, and why that is the honest figure: every response this page receives
//! from Dala's own server (same origin), as the browser's Resource Timing API measures it
//! (<https://w3c.github.io/resource-timing/#dom-performanceresourcetiming-transfersize>):
//! `transferSize`, which is the response body exactly as it came over the network (compressed
//! where the server compressed it) plus a fixed 300 bytes for its headers: browsers do not
//! tell pages the real header size, and the specification fixes that figure. Dala's real
//! response headers are 170–620 bytes (measured with Chromium's DevTools protocol: API answers
//! about 200, blobs about 440, app files about 600), so a count made mostly of small blobs is a
//! few per cent low (a sample course download: 13,349 bytes counted, 14,424 received) and a
//! first visit, mostly the wasm body, is within 0.5 %. A response from the browser's cache or
//! the service worker's moved nothing and counts 0; a revalidation answered `304 Not Modified`
//! counts the 300 bytes of its headers. The page's document itself is counted too (the
//! navigation entry). Not counted, so the figure is a little below what an operator bills:
//! what the device *sends* (request headers, and request bodies such as progress sync, a few
//! hundred bytes a day; Resource Timing does not report them), TCP, TLS and IP framing (a few
//! per cent), and the service worker's own fetches, which are outside the page's timeline
//! (installing a new app version refetches `index.html` and the files the browser's cache does
//! not already hold, and `sw.js` itself). `tests/tests/data_counter_browser.rs` checks the
//! count against Chromium's own `Network.loadingFinished` byte counts, for a first visit and a
//! course download.
//!
//! Kept per device, not per person: on a shared phone everyone's use adds to one count, as it
//! does on the phone's data plan, and nothing in it says who. The month is the device's local
//! calendar month; the count starts again at 0 on the first request of a new month.

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::*;

use crate::storage;

/// The count as kept: one month's bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataUse {
    /// `YYYY-MM`, local time.
    pub month: String,
    pub bytes: u64,
}

impl DataUse {
    /// The count after `bytes` more moved during `month`: a new month starts from 0.
    pub fn add(self, month: &str, bytes: u64) -> DataUse {
        let before = self.in_month(month);
        DataUse { month: month.to_owned(), bytes: before.saturating_add(bytes) }
    }

    /// The bytes counted in `month` (0 if the count is of another month).
    pub fn in_month(&self, month: &str) -> u64 {
        if self.month == month { self.bytes } else { 0 }
    }
}

/// A byte count for people: the unit (`b`, `kb`, `mb`, `gb`, decimal as the rest of the app
/// counts) and the value in it, whole kilobytes, megabytes and gigabytes to one decimal.
pub fn amount(bytes: u64) -> (&'static str, f64) {
    match bytes {
        0..1_000 => ("b", bytes as f64),
        // Bounds where rounding would reach the next unit ("1000 kilobytes").
        1_000..999_500 => ("kb", (bytes as f64 / 1_000.0).round()),
        999_500..999_950_000 => ("mb", (bytes as f64 / 100_000.0).round() / 10.0),
        _ => ("gb", (bytes as f64 / 100_000_000.0).round() / 10.0),
    }
}

/// "Dala used 312 kilobytes of data on this device this month" for `bytes`, in the
/// interface's language with its plural forms; `number` writes the figure (in the browser,
/// [`number`]).
pub fn sentence(i18n: &crate::i18n::I18n, bytes: u64, number: impl Fn(f64) -> String) -> String {
    let (unit, value) = amount(bytes);
    let args = [
        ("unit", fluent_bundle::FluentValue::from(unit)),
        ("count", fluent_bundle::FluentValue::from(value)),
        ("amount", fluent_bundle::FluentValue::from(number(value))),
    ];
    i18n.t_with("data-used", &args)
}

/// The month now, `YYYY-MM` in the device's local time.
fn this_month_key() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}", now.get_full_year(), now.get_month() + 1)
}

/// Bytes counted on this device this month.
pub fn this_month() -> u64 {
    storage::data_use().unwrap_or_default().in_month(&this_month_key())
}

fn count(bytes: u64) {
    if bytes == 0 {
        return;
    }
    let counter = storage::data_use().unwrap_or_default().add(&this_month_key(), bytes);
    storage::put_data_use(&counter);
}

#[wasm_bindgen]
extern "C" {
    /// <https://w3c.github.io/performance-timeline/#the-performanceobserver-interface>
    type PerformanceObserver;
    #[wasm_bindgen(constructor, catch)]
    fn new(callback: &js_sys::Function) -> Result<PerformanceObserver, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn observe(this: &PerformanceObserver, options: &js_sys::Object) -> Result<(), JsValue>;

    type PerformanceObserverEntryList;
    #[wasm_bindgen(method, js_name = getEntries)]
    fn get_entries(this: &PerformanceObserverEntryList) -> js_sys::Array;

    /// A `PerformanceResourceTiming` (a navigation entry is one too).
    type ResourceEntry;
    #[wasm_bindgen(method, getter)]
    fn name(this: &ResourceEntry) -> String;
    #[wasm_bindgen(method, getter, js_name = transferSize)]
    fn transfer_size(this: &ResourceEntry) -> JsValue;
}

/// Starts counting: every response of this page from now on, and (`buffered`) those that
/// arrived before the app started, such as the page, its script and its wasm. Each page load
/// has its own timeline, so nothing is counted twice across reloads. Browsers without the API
/// count nothing.
pub fn start() {
    let origin = gloo::utils::window().location().origin().unwrap_or_default();
    let callback =
        Closure::<dyn Fn(PerformanceObserverEntryList)>::new(move |list: PerformanceObserverEntryList| {
            let bytes: u64 = list
                .get_entries()
                .iter()
                .map(JsCast::unchecked_into::<ResourceEntry>)
                .filter(|entry| entry.name().starts_with(&origin))
                .filter_map(|entry| entry.transfer_size().as_f64())
                .filter(|size| size.is_finite() && *size > 0.0)
                .map(|size| size as u64)
                .sum();
            count(bytes);
        });
    if let Ok(observer) = PerformanceObserver::new(callback.as_ref().unchecked_ref()) {
        for kind in ["navigation", "resource"] {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"type".into(), &kind.into());
            let _ = js_sys::Reflect::set(&options, &"buffered".into(), &true.into());
            let _ = observer.observe(&options);
        }
        // It counts for as long as the page lives.
        callback.forget();
    }
}

/// A number in the interface's language (`1,234.5`, `1 234,5`), to one decimal at most.
pub fn number(lang: crate::i18n::Lang, value: f64) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &1.into());
    let locales = js_sys::Array::of1(&lang.tag().into());
    let format = js_sys::Intl::NumberFormat::new(&locales, &options);
    format
        .format()
        .call1(&JsValue::UNDEFINED, &value.into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{value}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_adds_up_and_the_next_starts_from_zero() {
        let counter = DataUse::default().add("2026-12", 300).add("2026-12", 700);
        assert_eq!(counter, DataUse { month: "2026-12".into(), bytes: 1_000 });
        assert_eq!(counter.in_month("2027-01"), 0);
        let next = counter.add("2027-01", 5);
        assert_eq!(next, DataUse { month: "2027-01".into(), bytes: 5 });
        assert_eq!(next.in_month("2026-12"), 0, "the old month is not kept");
    }

    #[test]
    fn the_sentence_follows_each_language_and_its_plurals() {
        use crate::i18n::{I18n, Lang};
        let say = |lang, bytes| sentence(&I18n::new(lang), bytes, |v| format!("{v}"));
        assert_eq!(say(Lang::EN, 1), "Dala used 1 byte of data on this device this month.");
        assert_eq!(say(Lang::EN, 312_400), "Dala used 312 kilobytes of data on this device this month.");
        assert_eq!(say(Lang::EN, 1_000_000), "Dala used 1 megabyte of data on this device this month.");
        assert_eq!(say(Lang::EN, 1_500_000), "Dala used 1.5 megabytes of data on this device this month.");
        let ru = |bytes| say(Lang::RU, bytes).replace("Трафик Dala на этом устройстве в этом месяце: ", "");
        assert_eq!(ru(1_000), "1 килобайт.");
        assert_eq!(ru(22_000), "22 килобайта.");
        assert_eq!(ru(312_000), "312 килобайт.");
        assert_eq!(ru(1_500_000), "1.5 мегабайта.");
        assert_eq!(ru(5), "5 байт.");
    }

    #[test]
    fn amounts_are_shown_in_the_unit_that_fits() {
        assert_eq!(amount(0), ("b", 0.0));
        assert_eq!(amount(999), ("b", 999.0));
        assert_eq!(amount(1_000), ("kb", 1.0));
        assert_eq!(amount(312_400), ("kb", 312.0));
        assert_eq!(amount(999_400), ("kb", 999.0));
        assert_eq!(amount(1_250_000), ("mb", 1.3));
        assert_eq!(amount(999_600), ("mb", 1.0));
        assert_eq!(amount(999_949_999), ("mb", 999.9));
        assert_eq!(amount(999_950_000), ("gb", 1.0));
        assert_eq!(amount(2_500_000_000), ("gb", 2.5));
    }
}
