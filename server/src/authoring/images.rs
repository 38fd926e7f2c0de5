//! Trainers' course images: checked from their bytes, stripped of metadata, scaled down and stored as WebP.
//!
//! A photo from a phone carries EXIF: where it was taken (GPS), when, and on which device. Where
//! civic space is repressed that can locate a trainer or the people in a picture, so an uploaded
//! image is decoded to pixels and encoded anew: nothing but the pixels survives. Learners pay for
//! every byte, so the result is at most [`ImageLimits::max_width`] pixels wide (wider than any
//! phone shows a lesson) and encoded as lossy WebP, which is much smaller than a lossless file or
//! the phone's JPEG.
//!
//! Uploads are untrusted. The type is read from the bytes, never from a file name, and the size in
//! pixels is read from the header before anything is decoded, so a small file that declares a
//! huge picture (a decompression bomb) is refused without allocating its pixels.

use std::fmt;
use std::io::Cursor;

use image::codecs::gif::GifDecoder;
use image::codecs::jpeg::JpegDecoder;
use image::codecs::png::PngDecoder;
use image::codecs::webp::WebPDecoder;
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, Limits};

/// The largest side a WebP picture can have (RFC 9649, section 2.5: 14 bits).
const WEBP_MAX_SIDE: u32 = 16383;

/// libwebp's own default quality (and cwebp's). At 1280 pixels it turned a 1.8 MB phone-size
/// photo into 28 KB and a 68 KB 1280-pixel JPEG into 33 KB, with no blocks or smearing a learner
/// would notice.
const LOSSY_QUALITY: f32 = 75.0;

/// libwebp's slowest and smallest setting: an image is encoded once and downloaded by many.
const LOSSY_METHOD: i32 = 6;

/// What a photo is stored as.
const LOSSY: libwebp::Settings =
    libwebp::Settings { lossless: false, quality: LOSSY_QUALITY, method: LOSSY_METHOD };

/// What a drawing is also tried as: exact, at libwebp's default effort (quality 75, method 4;
/// in lossless mode they trade time for size, not pixels).
const LOSSLESS: libwebp::Settings = libwebp::Settings { lossless: true, quality: 75.0, method: 4 };

/// What a decoded pixel can take at most (RGBA with 16 bits a channel), to bound the decoders'
/// own allocations as well as the pixel count.
const MAX_BYTES_PER_PIXEL: u64 = 8;

/// Bounds on what a trainer may upload.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageLimits {
    /// Largest upload accepted, in bytes.
    pub max_upload_bytes: usize,
    /// Largest picture accepted, in pixels (width × height), read from the file's header.
    pub max_pixels: u64,
    /// Width the stored image is scaled down to when it is wider; never scaled up.
    pub max_width: u32,
}

impl Default for ImageLimits {
    /// 10 MiB holds any phone photo; 50 megapixels any phone camera's; 1280 pixels is wider
    /// than a phone shows a lesson, and enough for a laptop.
    fn default() -> ImageLimits {
        ImageLimits { max_upload_bytes: 10 * 1024 * 1024, max_pixels: 50_000_000, max_width: 1280 }
    }
}

/// An image ready to be stored as a blob: WebP with no metadata.
#[derive(Clone, PartialEq)]
pub struct ProcessedImage {
    pub webp: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

impl fmt::Debug for ProcessedImage {
    // The bytes themselves would flood a failing test's output.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProcessedImage")
            .field("webp", &format_args!("{} bytes", self.webp.len()))
            .field("width", &self.width)
            .field("height", &self.height)
            .finish()
    }
}

/// Why an upload was refused. The text is shown to the trainer, so it says what to do.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ImageError {
    #[error("The file is larger than {}. Please upload a smaller image.", describe_bytes(*.limit))]
    TooLarge { limit: usize },
    #[error("This file is not an image. Please upload a JPEG, PNG, GIF or WebP picture.")]
    NotAnImage,
    #[error("{0} images are not accepted. Please upload a JPEG, PNG, GIF or WebP picture.")]
    UnsupportedFormat(String),
    #[error(
        "The image is {width} × {height} pixels; at most {} megapixels are accepted. \
         Please upload a smaller image.",
        describe_megapixels(*.limit)
    )]
    TooManyPixels { width: u32, height: u32, limit: u64 },
    #[error("The image could not be read: the file may be damaged or incomplete ({0}).")]
    Decode(String),
    /// libwebp refused the pixels. The bounds above make this unexpected.
    #[error("The image could not be converted ({0}). Please try another image.")]
    Encode(String),
    #[error("Please describe the image in a short text for learners who cannot see it.")]
    AltTextMissing,
}

/// Turns an upload into a WebP image ready to store, or says why it cannot be used.
///
/// In order: the alt text is required; the size is bounded; the type is read from the magic
/// numbers (JPEG, PNG, GIF and WebP are accepted, GIF's first frame only); the picture's size in
/// pixels is read from the header and bounded before decoding; the pixels are decoded (every kind
/// of metadata is left behind: EXIF with GPS, XMP, ICC profiles), turned upright as EXIF says,
/// scaled down to `max_width` keeping the aspect ratio (never up) and encoded as WebP.
///
/// It takes CPU time (1.4 s for a 20-megapixel photo in a debug build) and memory (the
/// decoded picture, up to `max_pixels` × 8 bytes): a route runs it on the work pool
/// ([`crate::work::Work`]), which bounds how many run at once.
pub fn process(bytes: &[u8], alt_text: &str, limits: &ImageLimits) -> Result<ProcessedImage, ImageError> {
    if alt_text.trim().is_empty() {
        return Err(ImageError::AltTextMissing);
    }
    if bytes.len() > limits.max_upload_bytes {
        return Err(ImageError::TooLarge { limit: limits.max_upload_bytes });
    }
    let format = sniff(bytes)?;

    let mut decode_limits = Limits::default();
    decode_limits.max_alloc = Some(limits.max_pixels.saturating_mul(MAX_BYTES_PER_PIXEL));
    // Opening a decoder reads the header only; no pixel is allocated yet.
    let mut decoder = open(format, bytes, &decode_limits)?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(ImageError::TooManyPixels { width, height, limit: limits.max_pixels });
    }
    // A GIF frame may declare more than the picture it belongs to: the decoders' own bound catches it.
    decoder.set_limits(decode_limits).map_err(unreadable)?;
    // A damaged EXIF block should not cost the trainer the upload: it only turns the picture.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(unreadable)?;

    // The limit applies to the picture as shown. Scaling before turning gives the same result
    // with fewer pixels to turn.
    let turned = swaps_sides(orientation);
    let shown = if turned { (height, width) } else { (width, height) };
    let (out_width, out_height) = scaled_size(shown.0, shown.1, limits.max_width);
    if (out_width, out_height) != shown {
        let (w, h) = if turned { (out_height, out_width) } else { (out_width, out_height) };
        image = image.resize_exact(w, h, FilterType::CatmullRom);
    }
    image.apply_orientation(orientation);

    let webp = encode(&image, format.is_lossless())?;
    Ok(ProcessedImage { webp, width: out_width, height: out_height })
}

/// The formats accepted, as told by their magic numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Format {
    Jpeg,
    Png,
    Gif,
    WebP { lossless: bool },
}

impl Format {
    /// Drawings, screenshots and diagrams usually come as PNG or GIF; for them an exact WebP can
    /// be smaller than a lossy one, and is then the better choice on both counts.
    fn is_lossless(self) -> bool {
        matches!(self, Format::Png | Format::Gif | Format::WebP { lossless: true })
    }
}

/// Reads the type from the first bytes: a file name or a declared content type proves nothing.
fn sniff(bytes: &[u8]) -> Result<Format, ImageError> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(Format::Jpeg);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(Format::Png);
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Ok(Format::Gif);
    }
    // RFC 9649, section 2.4: "RIFF", the size, "WEBP", then the first chunk ("VP8L" is lossless).
    if bytes.len() >= 16 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Ok(Format::WebP { lossless: &bytes[12..16] == b"VP8L" });
    }
    Err(match other_image_format(bytes) {
        Some(name) => ImageError::UnsupportedFormat(name.to_owned()),
        None => ImageError::NotAnImage,
    })
}

/// Names the image formats a trainer might try that are refused, so the message can say which.
fn other_image_format(bytes: &[u8]) -> Option<&'static str> {
    if is_svg(bytes) {
        // SVG is a document that can carry scripts and links to other sites, not a picture.
        return Some("SVG");
    }
    // ISO base media files (ISO/IEC 14496-12): a size, "ftyp", then the major brand.
    if bytes.get(4..8) == Some(b"ftyp") {
        match bytes.get(8..12) {
            Some(b"avif" | b"avis") => return Some("AVIF"),
            Some(b"heic" | b"heix" | b"heim" | b"heis" | b"hevc" | b"hevx" | b"mif1" | b"msf1") => {
                return Some("HEIC");
            }
            _ => {}
        }
    }
    if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        return Some("TIFF");
    }
    // "BM" alone starts too many texts: the size of the header that follows must be a BMP one.
    if bytes.starts_with(b"BM") && matches!(bytes.get(14..18), Some([12 | 40 | 52 | 56 | 108 | 124, 0, 0, 0]))
    {
        return Some("BMP");
    }
    if bytes.starts_with(&[0xFF, 0x0A]) || bytes.starts_with(b"\0\0\0\x0cJXL \r\n\x87\n") {
        return Some("JPEG XL");
    }
    None
}

/// An SVG document: XML whose first element is `<svg`, possibly after a declaration, comments
/// or a doctype. An HTML page that holds an `<svg>` is still an HTML page.
fn is_svg(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = text.trim_ascii_start();
    let head = text[..text.len().min(4096)].to_ascii_lowercase();
    let contains = |needle: &[u8]| head.windows(needle.len()).any(|window| window == needle);
    head.starts_with(b"<svg")
        || ((head.starts_with(b"<?xml") || head.starts_with(b"<!--") || head.starts_with(b"<!doctype svg"))
            && contains(b"<svg")
            && !contains(b"<html"))
}

/// Opens a decoder, which reads the header (the picture's size) but no pixels.
fn open<'a>(
    format: Format,
    bytes: &'a [u8],
    limits: &Limits,
) -> Result<Box<dyn ImageDecoder + 'a>, ImageError> {
    let cursor = Cursor::new(bytes);
    Ok(match format {
        Format::Jpeg => Box::new(JpegDecoder::new(cursor).map_err(unreadable)?),
        // PNG's limits also bound what its text and colour-profile chunks may inflate to.
        Format::Png => Box::new(PngDecoder::with_limits(cursor, limits.clone()).map_err(unreadable)?),
        Format::Gif => Box::new(GifDecoder::new(cursor).map_err(unreadable)?),
        Format::WebP { .. } => Box::new(WebPDecoder::new(cursor).map_err(unreadable)?),
    })
}

fn unreadable(error: image::ImageError) -> ImageError {
    ImageError::Decode(error.to_string())
}

/// Whether turning the picture upright exchanges its width and height.
fn swaps_sides(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// The size to store: at most `max_width` wide and within WebP's largest side, keeping the
/// aspect ratio (rounded to the nearest pixel), never larger than the original.
fn scaled_size(width: u32, height: u32, max_width: u32) -> (u32, u32) {
    let max_width = max_width.clamp(1, WEBP_MAX_SIDE);
    if width <= max_width && height <= WEBP_MAX_SIDE {
        return (width, height);
    }
    let (w, h) = (u64::from(width), u64::from(height));
    let rounded = |numerator: u64, denominator: u64| {
        u32::try_from((numerator + denominator / 2) / denominator).unwrap_or(u32::MAX).max(1)
    };
    // Whichever bound is tighter sets the scale: width / max_width against height / 16383.
    if w * u64::from(WEBP_MAX_SIDE) >= h * u64::from(max_width) {
        (max_width, rounded(h * u64::from(max_width), w))
    } else {
        (rounded(w * u64::from(WEBP_MAX_SIDE), h), WEBP_MAX_SIDE)
    }
}

/// Encodes with libwebp, lossy; for lossless sources an exact encoding too, keeping the smaller.
/// libwebp writes the picture only (no EXIF, XMP or ICC chunk), and it clears the colour hidden
/// under fully transparent pixels.
fn encode(image: &DynamicImage, try_lossless: bool) -> Result<Vec<u8>, ImageError> {
    // libwebp takes 8-bit RGB or RGBA; an opaque RGBA picture is stored without an alpha plane.
    let (pixels, layout) = if image.color().has_alpha() {
        (image.to_rgba8().into_raw(), libwebp::Layout::Rgba)
    } else {
        (image.to_rgb8().into_raw(), libwebp::Layout::Rgb)
    };
    let encode = |settings| {
        libwebp::encode(&pixels, layout, image.width(), image.height(), settings).map_err(ImageError::Encode)
    };
    let mut smallest = encode(LOSSY)?;
    if try_lossless {
        let exact = encode(LOSSLESS)?;
        if exact.len() < smallest.len() {
            smallest = exact;
        }
    }
    Ok(smallest)
}

/// A safe wrapper around libwebp's advanced encoding API (`encode.h`), the server's only foreign
/// code. libwebp is the C library as bundled by `libwebp-sys` 0.14, libwebp 1.6.0 (its 1.3.1,
/// bundled by earlier versions, had CVE-2023-4863), built statically from source. Only the
/// encoder is called: uploads are decoded by the `image` crate's pure-Rust decoders.
#[allow(unsafe_code)]
#[deny(clippy::undocumented_unsafe_blocks, clippy::multiple_unsafe_ops_per_block)]
mod libwebp {
    use std::ffi::c_int;
    use std::mem::MaybeUninit;
    use std::ptr;

    use libwebp_sys as sys;

    /// The ABI version `encode.h`'s inline initialisers pass (libwebp-sys's helpers pass the
    /// decoder's, equal today).
    const ABI_VERSION: c_int = sys::WEBP_ENCODER_ABI_VERSION as c_int;

    /// How the pixels given to [`encode`] are laid out: 8 bits a channel, rows without padding.
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub(super) enum Layout {
        Rgb,
        Rgba,
    }

    impl Layout {
        fn bytes_per_pixel(self) -> usize {
            match self {
                Layout::Rgb => 3,
                Layout::Rgba => 4,
            }
        }
    }

    /// The settings that differ from libwebp's default preset.
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub(super) struct Settings {
        /// VP8L (exact) rather than VP8 (lossy).
        pub(super) lossless: bool,
        /// 0 to 100: the picture's quality when lossy, the effort spent when lossless.
        pub(super) quality: f32,
        /// 0 (fast) to 6 (slow and small).
        pub(super) method: i32,
    }

    /// Encodes `pixels`, `width` × `height` of them, as a WebP file holding only the picture.
    /// An error names what libwebp refused.
    pub(super) fn encode(
        pixels: &[u8],
        layout: Layout,
        width: u32,
        height: u32,
        settings: Settings,
    ) -> Result<Vec<u8>, String> {
        let config = config(settings)?;
        // libwebp reads `height` rows of `stride` bytes: the slice must hold exactly that.
        let side = 1..=sys::WEBP_MAX_DIMENSION;
        if !side.contains(&width) || !side.contains(&height) {
            return Err(format!("a picture of {width} × {height} pixels"));
        }
        let stride = width as usize * layout.bytes_per_pixel();
        if pixels.len() != stride * height as usize {
            return Err(format!("{} bytes for {width} × {height} {layout:?} pixels", pixels.len()));
        }
        // At most 16383 × 4 and 16383: these fit a C int.
        let (stride, width, height) = (stride as c_int, width as c_int, height as c_int);

        let mut encoding = Encoding::new()?;
        let picture = &mut encoding.picture;
        // Lossless needs ARGB; lossy is converted to YUV 4:2:0 as it is imported, which is what
        // WebPEncode would do to ARGB with these settings.
        picture.use_argb = c_int::from(settings.lossless);
        picture.width = width;
        picture.height = height;
        let imported = match layout {
            // SAFETY: `picture` is initialised, with the size set above; `pixels` holds
            // `height` rows of `stride` bytes, checked above, and is only read.
            Layout::Rgb => unsafe { sys::WebPPictureImportRGB(picture, pixels.as_ptr(), stride) },
            // SAFETY: as for RGB, with 4 bytes a pixel.
            Layout::Rgba => unsafe { sys::WebPPictureImportRGBA(picture, pixels.as_ptr(), stride) },
        };
        if imported == 0 {
            return Err(failure("import", picture));
        }
        picture.writer = Some(sys::WebPMemoryWrite);
        picture.custom_ptr = ptr::from_mut(&mut *encoding.writer).cast();

        // SAFETY: `config` was initialised and validated; `picture` holds the imported pixels
        // and writes through WebPMemoryWrite to the writer its `custom_ptr` points to, which is
        // initialised and boxed, so it stays in place while `encoding` lives.
        let encoded = unsafe { sys::WebPEncode(&config, picture) };
        if encoded == 0 {
            return Err(failure("encoding", picture));
        }
        let writer = &encoding.writer;
        if writer.mem.is_null() {
            return Err("libwebp wrote nothing".to_owned());
        }
        // SAFETY: WebPMemoryWrite keeps `mem` pointing to `size` initialised bytes that the
        // writer owns until it is cleared, which `encoding` does only when dropped, after the copy.
        let bytes = unsafe { std::slice::from_raw_parts(writer.mem, writer.size) };
        Ok(bytes.to_vec())
    }

    /// libwebp's default preset at the given quality, then the other settings, checked.
    fn config(settings: Settings) -> Result<sys::WebPConfig, String> {
        let mut config = MaybeUninit::<sys::WebPConfig>::uninit();
        // SAFETY: the pointer is to writable memory for one WebPConfig, which is all the call writes.
        let initialised = unsafe {
            sys::WebPConfigInitInternal(
                config.as_mut_ptr(),
                sys::WebPPreset::WEBP_PRESET_DEFAULT,
                settings.quality,
                ABI_VERSION,
            )
        };
        if initialised == 0 {
            return Err("libwebp refused its default settings".to_owned());
        }
        // SAFETY: a successful WebPConfigInitInternal has set every field.
        let mut config = unsafe { config.assume_init() };
        config.lossless = c_int::from(settings.lossless);
        config.method = settings.method;
        // The defaults, stated because the invariants depend on them: the colour under fully
        // transparent pixels is cleared rather than kept, and lossy alpha stays exact.
        config.exact = 0;
        config.alpha_quality = 100;
        // SAFETY: `config` is initialised, and only read.
        if unsafe { sys::WebPValidateConfig(&config) } == 0 {
            return Err(format!("libwebp refused the settings {settings:?}"));
        }
        Ok(config)
    }

    /// Why libwebp failed, as it recorded in the picture.
    fn failure(step: &str, picture: &sys::WebPPicture) -> String {
        format!("libwebp {step}: {:?}", picture.error_code)
    }

    /// A picture and the memory it is written to, freed on every path out of [`encode`].
    struct Encoding {
        picture: sys::WebPPicture,
        writer: Box<sys::WebPMemoryWriter>,
    }

    impl Encoding {
        fn new() -> Result<Encoding, String> {
            let mut picture = MaybeUninit::<sys::WebPPicture>::uninit();
            // SAFETY: the pointer is to writable memory for one WebPPicture, which is all the
            // call writes.
            let initialised = unsafe { sys::WebPPictureInitInternal(picture.as_mut_ptr(), ABI_VERSION) };
            if initialised == 0 {
                return Err("libwebp refused to set up a picture".to_owned());
            }
            // SAFETY: a successful WebPPictureInitInternal has set every field.
            let picture = unsafe { picture.assume_init() };
            let mut writer =
                Box::new(sys::WebPMemoryWriter { mem: ptr::null_mut(), size: 0, max_size: 0, pad: [0] });
            // SAFETY: `writer` is a valid WebPMemoryWriter, which the call resets to empty.
            unsafe { sys::WebPMemoryWriterInit(&mut *writer) };
            Ok(Encoding { picture, writer })
        }
    }

    impl Drop for Encoding {
        fn drop(&mut self) {
            // SAFETY: the picture was initialised; WebPPictureFree frees what libwebp allocated
            // in it (nothing, if nothing was imported) and leaves it empty. The pixels it was
            // imported from belong to the caller and are not freed.
            unsafe { sys::WebPPictureFree(&mut self.picture) };
            // SAFETY: the writer was initialised; its memory is libwebp's, freed once here.
            unsafe { sys::WebPMemoryWriterClear(&mut *self.writer) };
        }
    }

    /// The version of the libwebp encoder linked in, as (major, minor, revision).
    #[cfg(test)]
    pub(super) fn encoder_version() -> (u8, u8, u8) {
        // SAFETY: a plain function of no arguments that returns a constant.
        let version = unsafe { sys::WebPGetEncoderVersion() };
        ((version >> 16) as u8, (version >> 8) as u8, version as u8)
    }
}

/// "10 MB", "500 KB" or "800 bytes", for messages (MB and KB of 1024).
pub(crate) fn describe_bytes(bytes: usize) -> String {
    const KIB: usize = 1024;
    const MIB: usize = 1024 * KIB;
    let with_unit = |unit: usize, name: &str| {
        if bytes.is_multiple_of(unit) {
            format!("{} {name}", bytes / unit)
        } else {
            format!("{:.1} {name}", bytes as f64 / unit as f64)
        }
    };
    if bytes >= MIB {
        with_unit(MIB, "MB")
    } else if bytes >= KIB {
        with_unit(KIB, "KB")
    } else {
        format!("{bytes} bytes")
    }
}

/// "50" or "0.5", for messages.
pub(crate) fn describe_megapixels(pixels: u64) -> String {
    if pixels.is_multiple_of(1_000_000) {
        (pixels / 1_000_000).to_string()
    } else {
        format!("{:.1}", pixels as f64 / 1_000_000.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use image::codecs::gif::GifEncoder;
    use image::codecs::jpeg::JpegEncoder;
    use image::{Frame, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

    // Fixtures.

    /// A deterministic noise source, so every run sees the same pictures.
    struct Noise(u64);

    impl Noise {
        /// xorshift64: plenty for sensor-like noise.
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    /// A photo-like picture (sky gradient, a sun, a textured hill, sensor noise), so encoders meet
    /// what phones send rather than flat colour that any format shrinks to nothing.
    fn photo(width: u32, height: u32) -> RgbImage {
        let mut noise = Noise(0x9E37_79B9_7F4A_7C15);
        RgbImage::from_fn(width, height, |x, y| {
            let (fx, fy) = (x as f32 / width as f32, y as f32 / height as f32);
            let mut rgb = [70.0 + 120.0 * fx, 110.0 + 90.0 * fy, 200.0 - 80.0 * fx * fy];
            let sun = ((fx - 0.7).powi(2) + (fy - 0.25).powi(2)).sqrt();
            if sun < 0.1 {
                rgb = [255.0, 240.0 - 200.0 * sun, 180.0];
            }
            if fy > 0.6 + 0.08 * (fx * 9.0).sin() {
                let texture = (x as f32 * 0.35).sin() * (y as f32 * 0.21).sin() * 25.0;
                rgb = [60.0 + texture, 110.0 + 60.0 * fy + texture, 40.0];
            }
            Rgb(rgb.map(|channel| {
                let grain = (noise.next() % 13) as f32 - 6.0;
                (channel + grain).clamp(0.0, 255.0) as u8
            }))
        })
    }

    /// A diagram-like picture: flat colours on a transparent background.
    fn drawing(width: u32, height: u32) -> RgbaImage {
        RgbaImage::from_fn(width, height, |x, y| match (x * 4 / width.max(1), y * 4 / height.max(1)) {
            (0, _) | (_, 0) => Rgba([0, 0, 0, 0]),
            (1, _) => Rgba([200, 30, 30, 255]),
            _ => Rgba([30, 30, 200, 255]),
        })
    }

    fn jpeg(image: &RgbImage, quality: u8) -> Vec<u8> {
        let mut bytes = Vec::new();
        JpegEncoder::new_with_quality(&mut bytes, quality).encode_image(image).unwrap();
        bytes
    }

    fn encoded(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut bytes = Cursor::new(Vec::new());
        image.write_to(&mut bytes, format).unwrap();
        bytes.into_inner()
    }

    fn png(image: RgbaImage) -> Vec<u8> {
        encoded(DynamicImage::ImageRgba8(image), ImageFormat::Png)
    }

    /// An animated GIF: one frame of each colour, in order.
    fn gif(width: u32, height: u32, colours: &[[u8; 4]]) -> Vec<u8> {
        let mut bytes = Vec::new();
        let frames = colours.iter().map(|&c| Frame::new(RgbaImage::from_pixel(width, height, Rgba(c))));
        GifEncoder::new(&mut bytes).encode_frames(frames).unwrap();
        bytes
    }

    fn lossy_webp(image: &RgbImage) -> Vec<u8> {
        libwebp::encode(image.as_raw(), libwebp::Layout::Rgb, image.width(), image.height(), LOSSY).unwrap()
    }

    /// An EXIF APP1 segment (CIPA DC-008, EXIF 2.32: a big-endian TIFF structure) with an
    /// orientation and, if asked, a GPS position (42°52'30" N, 74°36'12" E).
    fn exif_segment(orientation: u16, gps: bool) -> Vec<u8> {
        const BYTE: u16 = 1;
        const ASCII: u16 = 2;
        const SHORT: u16 = 3;
        const LONG: u16 = 4;
        const RATIONAL: u16 = 5;
        // (tag, type, count, value or offset); values shorter than 4 bytes are left-aligned.
        let mut ifd0 = vec![(0x0112, SHORT, 1, u32::from(orientation) << 16)];
        let gps_ifd_at = 8 + 2 + 12 * (1 + u32::from(gps)) + 4;
        if gps {
            ifd0.push((0x8825, LONG, 1, gps_ifd_at));
        }
        let rationals_at = gps_ifd_at + 2 + 12 * 5 + 4;
        let gps_ifd = [
            (0x0000, BYTE, 4, 0x0202_0000),
            (0x0001, ASCII, 2, u32::from(b'N') << 24),
            (0x0002, RATIONAL, 3, rationals_at),
            (0x0003, ASCII, 2, u32::from(b'E') << 24),
            (0x0004, RATIONAL, 3, rationals_at + 24),
        ];
        let rationals: [(u32, u32); 6] = [(42, 1), (52, 1), (3000, 100), (74, 1), (36, 1), (1200, 100)];

        let mut tiff = b"MM\0\x2a".to_vec();
        tiff.extend(8u32.to_be_bytes());
        let write_ifd = |tiff: &mut Vec<u8>, entries: &[(u16, u16, u32, u32)]| {
            tiff.extend((entries.len() as u16).to_be_bytes());
            for &(tag, kind, count, value) in entries {
                tiff.extend(tag.to_be_bytes());
                tiff.extend(kind.to_be_bytes());
                tiff.extend(count.to_be_bytes());
                tiff.extend(value.to_be_bytes());
            }
            tiff.extend(0u32.to_be_bytes()); // No further IFD.
        };
        write_ifd(&mut tiff, &ifd0);
        if gps {
            assert_eq!(tiff.len() as u32, gps_ifd_at);
            write_ifd(&mut tiff, &gps_ifd);
            assert_eq!(tiff.len() as u32, rationals_at);
            for (numerator, denominator) in rationals {
                tiff.extend(numerator.to_be_bytes());
                tiff.extend(denominator.to_be_bytes());
            }
        }

        let mut segment = vec![0xFF, 0xE1];
        segment.extend(u16::try_from(2 + 6 + tiff.len()).unwrap().to_be_bytes());
        segment.extend(b"Exif\0\0");
        segment.extend(tiff);
        segment
    }

    /// A JPEG with an EXIF segment right after its start-of-image marker, as cameras write it.
    fn with_exif(jpeg: &[u8], orientation: u16, gps: bool) -> Vec<u8> {
        assert_eq!(&jpeg[..2], [0xFF, 0xD8]);
        [&jpeg[..2], &exif_segment(orientation, gps), &jpeg[2..]].concat()
    }

    /// The four-character codes of a WebP file's chunks, checking the RIFF structure on the way.
    fn riff_chunks(webp: &[u8]) -> Vec<String> {
        assert!(webp.len() >= 12 && webp.starts_with(b"RIFF") && &webp[8..12] == b"WEBP", "not WebP");
        let le32 = |at: usize| u32::from_le_bytes(webp[at..at + 4].try_into().unwrap()) as usize;
        assert_eq!(le32(4) + 8, webp.len(), "RIFF size");
        let mut chunks = Vec::new();
        let mut at = 12;
        while at < webp.len() {
            chunks.push(String::from_utf8_lossy(&webp[at..at + 4]).into_owned());
            let size = le32(at + 4);
            at += 8 + size + (size & 1);
        }
        assert_eq!(at, webp.len(), "chunks fill the file");
        chunks
    }

    /// A stored image: WebP holding only the picture, of the size reported.
    fn assert_clean_webp(name: &str, image: &ProcessedImage) {
        let chunks = riff_chunks(&image.webp);
        assert!(["VP8 ", "VP8L", "VP8X"].contains(&chunks[0].as_str()), "{name}: {chunks:?}");
        for metadata in ["EXIF", "XMP ", "ICCP"] {
            assert!(!chunks.iter().any(|c| c == metadata), "{name}: {metadata} chunk in {chunks:?}");
        }
        assert!(!image.webp.windows(4).any(|w| w == b"Exif"), "{name}: Exif bytes");
        let decoded = image::load_from_memory_with_format(&image.webp, ImageFormat::WebP).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (image.width, image.height), "{name}");
    }

    /// Runs one upload and compares the outcome: the stored size in pixels, or the refusal.
    fn check(
        name: &str,
        input: &[u8],
        alt_text: &str,
        limits: &ImageLimits,
        expected: Result<(u32, u32), ImageError>,
    ) {
        let outcome = process(input, alt_text, limits);
        if let Ok(image) = &outcome {
            assert_clean_webp(name, image);
        }
        assert_eq!(outcome.map(|image| (image.width, image.height)), expected, "{name}");
    }

    /// One upload of a data-driven test: its name, bytes, alt text, limits and expected outcome.
    type Case<'a> = (&'a str, Vec<u8>, &'a str, ImageLimits, Result<(u32, u32), ImageError>);

    // Tests.

    #[test]
    fn a_phone_photo_loses_its_gps_position_and_most_of_its_bytes() {
        let input = with_exif(&jpeg(&photo(2000, 1500), 90), 1, true);
        // The input really carries the position: the decoder finds the EXIF block with its GPS
        // pointer (tag 0x8825) and latitude reference.
        assert!(input.windows(6).any(|w| w == b"Exif\0\0"));
        let exif = JpegDecoder::new(Cursor::new(&input)).unwrap().exif_metadata().unwrap().unwrap();
        assert!(exif.windows(4).any(|w| w == [0x88, 0x25, 0, 4]), "GPS pointer");
        assert!(exif.windows(4).any(|w| w == [0, 1, 0, 2]) && exif.contains(&b'N'), "latitude");

        let started = std::time::Instant::now();
        let output = process(&input, "A hill at dawn", &ImageLimits::default()).unwrap();
        let took = started.elapsed();

        assert_clean_webp("photo", &output);
        assert_eq!((output.width, output.height), (1280, 960), "scaled down, aspect kept");
        let chunks = riff_chunks(&output.webp);
        assert_eq!(chunks, ["VP8 "], "lossy, opaque, nothing else");
        assert!(!output.webp.windows(3).any(|w| w == b"GPS" || w == b"XMP"));
        let mut decoder = WebPDecoder::new(Cursor::new(&output.webp)).unwrap();
        assert_eq!(decoder.exif_metadata().unwrap(), None);
        assert_eq!(decoder.xmp_metadata().unwrap(), None);
        assert!(output.webp.len() * 4 < input.len(), "{} bytes from {}", output.webp.len(), input.len());
        eprintln!(
            "photo 2000x1500 JPEG q90 with EXIF: {} bytes -> WebP {}x{}: {} bytes ({:.1}%) in {took:.2?}",
            input.len(),
            output.width,
            output.height,
            output.webp.len(),
            100.0 * output.webp.len() as f64 / input.len() as f64,
        );
    }

    #[test]
    fn uploads_are_accepted_or_refused_with_a_reason() {
        let limits = ImageLimits::default();
        let small_photo = photo(400, 300);
        let small_jpeg = jpeg(&small_photo, 85);
        let small_png = png(drawing(400, 300));
        let html = b"<!doctype html><html><script>fetch('/api/v1/me')</script><svg></svg></html>";
        let svg_prolog = b"\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- logo -->\n\
            <svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";
        let mut bmp = b"BM\x46\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0".to_vec();
        bmp.resize(70, 0);
        let cases: Vec<Case> = vec![
            ("small JPEG is not scaled up", small_jpeg.clone(), "A hill", limits.clone(), Ok((400, 300))),
            ("PNG with transparency", small_png.clone(), "A chart", limits.clone(), Ok((400, 300))),
            (
                "PNG exactly as wide as allowed",
                png(drawing(1280, 200)),
                "A chart",
                limits.clone(),
                Ok((1280, 200)),
            ),
            ("wide PNG is scaled down", png(drawing(3000, 100)), "A banner", limits.clone(), Ok((1280, 43))),
            (
                "narrow limit",
                small_png.clone(),
                "A chart",
                ImageLimits { max_width: 100, ..limits.clone() },
                Ok((100, 75)),
            ),
            (
                "tall PNG fits WebP's largest side",
                png(drawing(10, 20000)),
                "A ribbon",
                limits.clone(),
                Ok((8, 16383)),
            ),
            ("GIF", gif(64, 48, &[[255, 0, 0, 255]]), "A red square", limits.clone(), Ok((64, 48))),
            (
                "lossless WebP",
                encoded(DynamicImage::ImageRgba8(drawing(400, 300)), ImageFormat::WebP),
                "A chart",
                limits.clone(),
                Ok((400, 300)),
            ),
            ("lossy WebP", lossy_webp(&small_photo), "A hill", limits.clone(), Ok((400, 300))),
            (
                "EXIF orientation 6 turns the picture",
                with_exif(&small_jpeg, 6, false),
                "A hill",
                limits.clone(),
                Ok((300, 400)),
            ),
            (
                "turned, then scaled",
                with_exif(&jpeg(&photo(300, 1600), 85), 6, false),
                "A hill",
                limits.clone(),
                Ok((1280, 240)),
            ),
            ("alt text missing", small_jpeg.clone(), "", limits.clone(), Err(ImageError::AltTextMissing)),
            ("alt text blank", small_jpeg.clone(), " \n\t", limits.clone(), Err(ImageError::AltTextMissing)),
            ("HTML named .png", html.to_vec(), "A chart", limits.clone(), Err(ImageError::NotAnImage)),
            ("empty file", Vec::new(), "A chart", limits.clone(), Err(ImageError::NotAnImage)),
            (
                "plain text",
                b"GPS 42.87 74.60".to_vec(),
                "A chart",
                limits.clone(),
                Err(ImageError::NotAnImage),
            ),
            (
                "PDF",
                b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec(),
                "A chart",
                limits.clone(),
                Err(ImageError::NotAnImage),
            ),
            (
                "SVG",
                b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".to_vec(),
                "A logo",
                limits.clone(),
                Err(ImageError::UnsupportedFormat("SVG".into())),
            ),
            (
                "SVG with an XML declaration",
                svg_prolog.to_vec(),
                "A logo",
                limits.clone(),
                Err(ImageError::UnsupportedFormat("SVG".into())),
            ),
            (
                "HEIC from an iPhone",
                b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec(),
                "A hill",
                limits.clone(),
                Err(ImageError::UnsupportedFormat("HEIC".into())),
            ),
            (
                "AVIF",
                b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf".to_vec(),
                "A hill",
                limits.clone(),
                Err(ImageError::UnsupportedFormat("AVIF".into())),
            ),
            (
                "TIFF",
                b"II*\0\x08\0\0\0\0\0".to_vec(),
                "A scan",
                limits.clone(),
                Err(ImageError::UnsupportedFormat("TIFF".into())),
            ),
            ("BMP", bmp, "A scan", limits.clone(), Err(ImageError::UnsupportedFormat("BMP".into()))),
            (
                "upload over the limit",
                small_jpeg.clone(),
                "A hill",
                ImageLimits { max_upload_bytes: 1000, ..limits.clone() },
                Err(ImageError::TooLarge { limit: 1000 }),
            ),
            // Zeros are no image either: the size is refused first, before anything is read.
            (
                "upload over 10 MiB",
                vec![0; 10 * 1024 * 1024 + 1],
                "A hill",
                limits.clone(),
                Err(ImageError::TooLarge { limit: 10 * 1024 * 1024 }),
            ),
            (
                "upload of exactly 10 MiB is read",
                vec![0; 10 * 1024 * 1024],
                "A hill",
                limits.clone(),
                Err(ImageError::NotAnImage),
            ),
            (
                "more pixels than allowed",
                small_png,
                "A chart",
                ImageLimits { max_pixels: 100_000, ..limits.clone() },
                Err(ImageError::TooManyPixels { width: 400, height: 300, limit: 100_000 }),
            ),
        ];
        for (name, input, alt_text, limits, expected) in cases {
            check(name, &input, alt_text, &limits, expected);
        }
    }

    /// Files whose header declares a picture far larger than the file: refused from the header,
    /// before a decoder allocates the pixels (30000 × 30000 RGBA would be 3.6 GB).
    #[test]
    fn decompression_bombs_are_refused_from_their_header() {
        let small = photo(16, 16);

        // PNG: IHDR holds the size (ISO 15948, 11.2.2), followed by its CRC.
        let mut png_bomb = png(DynamicImage::ImageRgb8(small.clone()).to_rgba8());
        assert_eq!(&png_bomb[12..16], b"IHDR");
        png_bomb[16..20].copy_from_slice(&30000u32.to_be_bytes());
        png_bomb[20..24].copy_from_slice(&30000u32.to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(&png_bomb[12..29]);
        png_bomb[29..33].copy_from_slice(&crc.sum().to_be_bytes());

        // JPEG: the start-of-frame segment holds height then width (ITU T.81, B.2.2).
        let mut jpeg_bomb = jpeg(&small, 80);
        let mut at = 2;
        while jpeg_bomb[at + 1] != 0xC0 {
            at += 2 + usize::from(u16::from_be_bytes([jpeg_bomb[at + 2], jpeg_bomb[at + 3]]));
        }
        jpeg_bomb[at + 5..at + 7].copy_from_slice(&60000u16.to_be_bytes());
        jpeg_bomb[at + 7..at + 9].copy_from_slice(&60000u16.to_be_bytes());

        // GIF: the logical screen descriptor holds width and height, little-endian.
        let mut gif_bomb = gif(16, 16, &[[0, 0, 0, 255]]);
        gif_bomb[6..10].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);

        // WebP (lossy): the VP8 key frame header holds 14-bit width and height (RFC 6386, 9.1).
        let mut webp_bomb = lossy_webp(&small);
        assert_eq!(&webp_bomb[12..16], b"VP8 ");
        assert_eq!(&webp_bomb[23..26], [0x9D, 0x01, 0x2A]);
        webp_bomb[26..30].copy_from_slice(&[0xFF, 0x3F, 0xFF, 0x3F]);

        let limits = ImageLimits::default();
        let too_many = |width, height| Err(ImageError::TooManyPixels { width, height, limit: 50_000_000 });
        let cases = [
            ("PNG", png_bomb, too_many(30000, 30000)),
            ("JPEG", jpeg_bomb, too_many(60000, 60000)),
            ("GIF", gif_bomb, too_many(65535, 65535)),
            ("WebP", webp_bomb, too_many(16383, 16383)),
        ];
        for (name, input, expected) in cases {
            assert!(input.len() < 2000, "{name}: {} bytes", input.len());
            check(name, &input, "A bomb", &limits, expected);
        }
    }

    #[test]
    fn a_gif_frame_larger_than_its_picture_is_refused_without_allocating_it() {
        // A 16 × 16 picture whose frame declares 65535 × 65535 pixels (17 GB as RGBA).
        let mut bomb = gif(16, 16, &[[0, 0, 0, 255]]);
        let mut at = 13 + if bomb[10] & 0x80 != 0 { 3 << ((bomb[10] & 7) + 1) } else { 0 };
        while bomb[at] == 0x21 {
            // An extension: label, then sub-blocks until an empty one.
            at += 2;
            while bomb[at] != 0 {
                at += 1 + usize::from(bomb[at]);
            }
            at += 1;
        }
        assert_eq!(bomb[at], 0x2C, "image descriptor");
        bomb[at + 5..at + 9].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);

        let outcome = process(&bomb, "A bomb", &ImageLimits::default());
        // Refused by the allocation bound given to the decoder; without it the decoder would
        // reserve the 17 GB and fail only when the data runs out.
        assert!(matches!(&outcome, Err(ImageError::Decode(why)) if why.contains("limit")), "{outcome:?}");
    }

    #[test]
    fn damaged_files_are_refused_as_unreadable() {
        let png = png(drawing(64, 48));
        let webp = lossy_webp(&photo(64, 48));
        let cases = [
            ("PNG cut short", &png[..png.len() / 2]),
            ("JPEG with only its first bytes", &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F'][..]),
            ("WebP cut short", &webp[..webp.len() / 2]),
            ("GIF header only", &b"GIF89a\x10\0\x10\0"[..]),
        ];
        for (name, input) in cases {
            let outcome = process(input, "A chart", &ImageLimits::default());
            assert!(matches!(outcome, Err(ImageError::Decode(_))), "{name}: {outcome:?}");
        }
    }

    #[test]
    fn exif_orientation_turns_the_picture_upright() {
        // A red mark in the stored top-left corner; orientation 6 means "turn 90° clockwise to
        // show", which puts the mark top right.
        let mut stored = RgbImage::from_pixel(400, 300, Rgb([240, 240, 240]));
        for (x, y) in (0..60).flat_map(|x| (0..60).map(move |y| (x, y))) {
            stored.put_pixel(x, y, Rgb([220, 0, 0]));
        }
        let input = with_exif(&jpeg(&stored, 90), 6, false);
        let mut decoder = JpegDecoder::new(Cursor::new(&input)).unwrap();
        assert_eq!(decoder.orientation().unwrap(), Orientation::Rotate90, "the fixture's EXIF is read");

        let output = process(&input, "A mark", &ImageLimits::default()).unwrap();
        let shown = image::load_from_memory(&output.webp).unwrap().to_rgb8();
        assert_eq!(shown.dimensions(), (300, 400));
        let red = |Rgb([r, g, b]): Rgb<u8>| r > 180 && g < 60 && b < 60;
        assert!(red(*shown.get_pixel(270, 30)), "top right: {:?}", shown.get_pixel(270, 30));
        assert!(!red(*shown.get_pixel(30, 30)), "top left: {:?}", shown.get_pixel(30, 30));
    }

    #[test]
    fn a_gif_keeps_its_first_frame_and_a_png_its_transparency() {
        let gif =
            process(&gif(64, 48, &[[255, 0, 0, 255], [0, 0, 255, 255]]), "Red", &ImageLimits::default());
        let shown = image::load_from_memory(&gif.unwrap().webp).unwrap().to_rgba8();
        let Rgba([r, g, b, _]) = *shown.get_pixel(32, 24);
        assert!(r > 200 && g < 50 && b < 50, "first frame, red: {:?}", (r, g, b));

        let drawing = process(&png(drawing(400, 300)), "A chart", &ImageLimits::default()).unwrap();
        let shown = image::load_from_memory(&drawing.webp).unwrap();
        assert!(shown.color().has_alpha());
        assert_eq!(shown.to_rgba8().get_pixel(10, 10).0[3], 0, "transparent corner");
        assert_eq!(shown.to_rgba8().get_pixel(150, 150).0[3], 255, "opaque drawing");
    }

    #[test]
    fn messages_tell_the_trainer_what_to_do() {
        let cases = [
            (
                ImageError::TooLarge { limit: 10 * 1024 * 1024 },
                "The file is larger than 10 MB. Please upload a smaller image.",
            ),
            (
                ImageError::TooLarge { limit: 1536 },
                "The file is larger than 1.5 KB. Please upload a smaller image.",
            ),
            (
                ImageError::TooManyPixels { width: 30000, height: 30000, limit: 50_000_000 },
                "The image is 30000 × 30000 pixels; at most 50 megapixels are accepted. \
                 Please upload a smaller image.",
            ),
            (
                ImageError::UnsupportedFormat("SVG".into()),
                "SVG images are not accepted. Please upload a JPEG, PNG, GIF or WebP picture.",
            ),
            (
                ImageError::NotAnImage,
                "This file is not an image. Please upload a JPEG, PNG, GIF or WebP picture.",
            ),
        ];
        for (error, expected) in cases {
            assert_eq!(error.to_string(), expected);
        }
    }

    #[test]
    fn sizes_are_scaled_to_the_width_and_within_webp() {
        let cases = [
            ((400, 300, 1280), (400, 300)),
            ((1280, 1, 1280), (1280, 1)),
            ((2000, 1500, 1280), (1280, 960)),
            ((1281, 1, 1280), (1280, 1)),
            ((100_000, 1, 1280), (1280, 1)),
            ((10, 20000, 1280), (8, 16383)),
            ((1, 100_000, 1280), (1, 16383)),
            ((400, 300, 0), (1, 1)),
            ((40000, 40000, 20000), (16383, 16383)),
        ];
        for ((width, height, max_width), expected) in cases {
            assert_eq!(scaled_size(width, height, max_width), expected, "{width}x{height} to {max_width}");
        }
    }

    #[test]
    fn libwebp_is_a_fixed_version_and_its_wrapper_checks_what_it_is_given() {
        // libwebp 1.3.1 and older decode with CVE-2023-4863; libwebp-sys 0.14 bundles 1.6.0.
        assert!(libwebp::encoder_version() >= (1, 6, 0), "{:?}", libwebp::encoder_version());

        let rgb = libwebp::Layout::Rgb;
        let rgba = libwebp::Layout::Rgba;
        let encode =
            |pixels: &[u8], layout, width, height| libwebp::encode(pixels, layout, width, height, LOSSY);
        assert!(riff_chunks(&encode(&[9; 12], rgb, 2, 2).unwrap()) == ["VP8 "]);
        assert!(
            riff_chunks(&encode(&[9, 9, 9, 255].repeat(4), rgba, 2, 2).unwrap()) == ["VP8 "],
            "opaque: no alpha"
        );
        for (name, pixels, layout, width, height) in [
            ("one byte short", vec![9; 11], rgb, 2, 2),
            ("one byte over", vec![9; 13], rgb, 2, 2),
            ("RGB bytes given as RGBA", vec![9; 12], rgba, 2, 2),
            ("no pixels", vec![], rgb, 0, 0),
            ("no rows", vec![], rgb, 2, 0),
            ("wider than WebP allows", vec![9; 16384 * 3], rgb, 16384, 1),
        ] {
            let outcome = encode(&pixels, layout, width, height);
            assert!(outcome.is_err(), "{name}: {} bytes", outcome.unwrap().len());
        }
        let method_7 = libwebp::Settings { method: 7, ..LOSSY };
        let refused = libwebp::encode(&[9; 12], rgb, 2, 2, method_7);
        assert!(matches!(&refused, Err(why) if why.contains("settings")), "{refused:?}");

        // Lossless keeps every visible pixel and the transparency.
        let picture = drawing(40, 30);
        let exact = libwebp::encode(picture.as_raw(), rgba, 40, 30, LOSSLESS).unwrap();
        assert_eq!(riff_chunks(&exact), ["VP8L"]);
        let shown = image::load_from_memory_with_format(&exact, ImageFormat::WebP).unwrap().to_rgba8();
        for (x, y, pixel) in picture.enumerate_pixels() {
            let seen = shown.get_pixel(x, y);
            if pixel.0[3] == 0 {
                assert_eq!(seen.0[3], 0, "({x}, {y})");
            } else {
                assert_eq!(seen, pixel, "({x}, {y})");
            }
        }
    }

    /// The figures behind the encoder choice:
    /// `cargo test -p dala-server --lib images::tests::encoder_sizes -- --ignored --nocapture`.
    #[test]
    #[ignore = "a measurement, not a check"]
    fn encoder_sizes() {
        let input = jpeg(&photo(2000, 1500), 90);
        let scaled =
            DynamicImage::ImageRgb8(photo(2000, 1500)).resize_exact(1280, 960, FilterType::CatmullRom);
        let rgb = scaled.to_rgb8();
        let pure_rust_lossless = encoded(scaled.clone(), ImageFormat::WebP);
        let libwebp = |lossless: bool, quality: f32, method: i32| {
            let settings = libwebp::Settings { lossless, quality, method };
            let started = std::time::Instant::now();
            let bytes =
                libwebp::encode(rgb.as_raw(), libwebp::Layout::Rgb, 1280, 960, settings).unwrap().len();
            (bytes, started.elapsed())
        };
        eprintln!("input JPEG 2000x1500 q90: {} bytes", input.len());
        eprintln!("1280x960 JPEG q75 (image): {} bytes", jpeg(&rgb, 75).len());
        eprintln!("1280x960 lossless WebP (image, pure Rust): {} bytes", pure_rust_lossless.len());
        eprintln!("1280x960 lossless WebP (libwebp): {:?}", libwebp(true, 75.0, 4));
        for (quality, method) in [(75.0, 4), (75.0, 6), (80.0, 6), (60.0, 6)] {
            eprintln!(
                "1280x960 lossy WebP q{quality} m{method} (libwebp): {:?}",
                libwebp(false, quality, method)
            );
        }

        // Real pictures, when given: DALA_IMAGE_SAMPLES=photo.jpg:screenshot.png
        for path in
            std::env::var("DALA_IMAGE_SAMPLES").unwrap_or_default().split(':').filter(|p| !p.is_empty())
        {
            let input = std::fs::read(path).unwrap();
            let started = std::time::Instant::now();
            let outcome = process(&input, "A sample", &ImageLimits::default());
            let took = started.elapsed();
            match outcome {
                Ok(image) => eprintln!(
                    "{path}: {} bytes -> {}x{} {:?}: {} bytes in {took:.2?}",
                    input.len(),
                    image.width,
                    image.height,
                    riff_chunks(&image.webp),
                    image.webp.len()
                ),
                Err(error) => eprintln!("{path}: {error}"),
            }
        }
    }
}
