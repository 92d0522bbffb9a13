//! Bytes to text: UTF-8 (a BOM dropped), UTF-16 with a byte-order mark, UTF-8 with a few
//! bad bytes (replaced), or Latin-1 for old pages. Binary data (NUL bytes in 8-bit text,
//! or many control characters) is refused, so it never reaches the rules.

/// Share of control characters above which text is taken for binary data.
use super::error::ReadError;

const MAX_CONTROL_SHARE: f64 = 0.05;
/// Share of invalid UTF-8 bytes up to which the text is read as UTF-8 with replacements
/// rather than as Latin-1.
const MAX_BAD_UTF8_SHARE: f64 = 0.01;

pub fn decode(bytes: &[u8]) -> Result<String, ReadError> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)?
    } else {
        let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        if bytes.contains(&0) {
            return Err(ReadError::NulBytes);
        }
        match std::str::from_utf8(bytes) {
            Ok(t) => t.to_string(),
            Err(_) => {
                let lossy = String::from_utf8_lossy(bytes);
                let bad = lossy.chars().filter(|&c| c == '\u{FFFD}').count();
                if (bad as f64) <= MAX_BAD_UTF8_SHARE * bytes.len() as f64 {
                    lossy.into_owned()
                } else {
                    bytes.iter().map(|&c| c as char).collect()
                }
            }
        }
    };
    let total = text.chars().count().max(1);
    let control = text.chars().filter(|&c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) || c == '\u{FFFD}').count();
    if control as f64 > MAX_CONTROL_SHARE * total as f64 {
        return Err(ReadError::ControlCharacters(100.0 * control as f64 / total as f64));
    }
    Ok(text)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ReadError> {
    if bytes.len() % 2 != 0 {
        return Err(ReadError::OddUtf16);
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    Ok(char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(decode(b"\xEF\xBB\xBFPolice").unwrap(), "Police");
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Polícia".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        assert_eq!(decode(&le).unwrap(), "Polícia");
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("Polícia".encode_utf16().flat_map(|u| u.to_be_bytes())).collect();
        assert_eq!(decode(&be).unwrap(), "Polícia");
        assert_eq!(decode(b"caf\xe9 seized").unwrap(), "café seized");
        let mostly = [b"Police seized 5 kg of heroin in the port of Durban on Monday. ".repeat(3).as_slice(), b"\xff"].concat();
        assert!(decode(&mostly).unwrap().ends_with('\u{FFFD}'));
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"abc\0def").unwrap_err().to_string().contains("NUL"));
        let junk: Vec<u8> = (0..4000u32).map(|i| ((i * 7919 + 13) % 256) as u8).filter(|&b| b != 0).collect();
        assert!(decode(&junk).unwrap_err().to_string().contains("binary"));
        assert!(decode("Police seized\tfive kg.\r\n".as_bytes()).is_ok());
    }
}
