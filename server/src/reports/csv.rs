//! CSV as spreadsheet programs open it safely: UTF-8 with a byte-order mark (without it, Excel
//! shows Cyrillic as mojibake), CRLF line ends (RFC 4180), a field quoted when it holds a comma,
//! a quote, CR or LF (quotes doubled), and a field that a spreadsheet would take for a formula
//! (it starts with `=`, `+`, `-`, `@`, a tab or CR) prefixed with an apostrophe, so a display
//! name such as `=HYPERLINK(…)` stays text.

/// A CSV document being written, header first.
pub struct Csv {
    out: String,
}

const BOM: &str = "\u{feff}";

impl Csv {
    pub fn new(header: &[&str]) -> Csv {
        let mut csv = Csv { out: BOM.to_owned() };
        csv.row(header.iter().copied());
        csv
    }

    /// Appends one row.
    pub fn row<S: AsRef<str>>(&mut self, fields: impl IntoIterator<Item = S>) {
        let mut first = true;
        for value in fields {
            if !first {
                self.out.push(',');
            }
            first = false;
            push_field(&mut self.out, value.as_ref());
        }
        self.out.push_str("\r\n");
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

fn push_field(out: &mut String, value: &str) {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || value.contains([',', '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader as spreadsheet programs read CSV (RFC 4180), to check the round trip.
    fn parse(bytes: &[u8]) -> Vec<Vec<String>> {
        let text = std::str::from_utf8(bytes).unwrap();
        let text = text.strip_prefix(BOM).expect("a byte-order mark first");
        let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') if field.is_empty() => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        assert!(!quoted && field.is_empty() && row.is_empty(), "the document ends with a row");
        rows
    }

    #[test]
    fn fields_are_escaped_and_cyrillic_survives() {
        let cases: &[(&str, &str, &str)] = &[
            // (what a field holds, how it is written, how a spreadsheet shows it)
            ("plain", "plain", "plain"),
            ("Гүлнара Жакыпова", "Гүлнара Жакыпова", "Гүлнара Жакыпова"),
            ("a, b", "\"a, b\"", "a, b"),
            ("say \"hi\"", "\"say \"\"hi\"\"\"", "say \"hi\""),
            ("two\nlines", "\"two\nlines\"", "two\nlines"),
            ("cr\r\nlf", "\"cr\r\nlf\"", "cr\r\nlf"),
            ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"", "'=HYPERLINK(\"http://x\")"),
            ("+7 701 000", "\"'+7 701 000\"", "'+7 701 000"),
            ("-2+3", "\"'-2+3\"", "'-2+3"),
            ("@SUM(A1)", "\"'@SUM(A1)\"", "'@SUM(A1)"),
            ("\tcmd", "\"'\tcmd\"", "'\tcmd"),
            ("a=b", "a=b", "a=b"),
            ("", "", ""),
        ];
        for (value, written, shown) in cases {
            let mut out = String::new();
            push_field(&mut out, value);
            assert_eq!(&out, written, "{value:?}");
            let mut csv = Csv::new(&["name", "n"]);
            csv.row([*value, "1"]);
            let rows = parse(&csv.into_bytes());
            assert_eq!(
                rows,
                vec![vec!["name".to_owned(), "n".to_owned()], vec![shown.to_string(), "1".to_owned()]]
            );
        }
    }

    #[test]
    fn the_document_is_utf8_with_a_bom_and_crlf() {
        let mut csv = Csv::new(&["курс", "число"]);
        csv.row(["Коммуникации", "3"]);
        let bytes = csv.into_bytes();
        assert_eq!(&bytes[..3], [0xEF, 0xBB, 0xBF]);
        assert_eq!(std::str::from_utf8(&bytes[3..]).unwrap(), "курс,число\r\nКоммуникации,3\r\n");
    }
}
