//! Gzip by the browser's own compressor, so the app carries none: a sync's body, a course file
//! saved for sharing.

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The Compression Streams API (<https://compression.spec.whatwg.org/>), bound here because
    /// web-sys offers it only behind `web_sys_unstable_apis`.
    type CompressionStream;

    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, wasm_bindgen::JsValue>;

    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> web_sys::ReadableStream;

    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> web_sys::WritableStream;
}

/// `bytes` gzipped by the browser's `CompressionStream`; `None` where the browser has none (or
/// it fails), and the caller does without (a sync sends them plain).
pub async fn gzip(bytes: &[u8]) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    let present =
        js_sys::Reflect::has(&js_sys::global(), &wasm_bindgen::JsValue::from_str("CompressionStream"))
            .unwrap_or(false);
    if !present {
        return None;
    }
    let stream = CompressionStream::new("gzip").ok()?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let pair = web_sys::ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let compressed = blob.stream().pipe_through(&pair);
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&compressed)).ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(buffer.dyn_ref::<js_sys::ArrayBuffer>()?).to_vec())
}
