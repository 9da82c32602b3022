import Foundation
import KioskConfiguration

/// Text in the bytes of the printer's code page.
enum PrinterText {
    /// `wpc1258` through glibc's iconv (Windows-1258: precomposed where the page has the letter, else the base
    /// letter and a combining tone mark, as Windows writes Vietnamese); `ascii` without marks. A character the
    /// page cannot hold becomes "?", never a dropped line. A control character (below 0x20: every command
    /// starts with one) becomes "?" too, so no text, whoever wrote it, can reach the printer as a command.
    static func encode(_ text: String, _ page: PrinterSettings.CodePage) -> [UInt8] {
        let bytes = switch page {
        case .ascii: ascii(text)
        case .wpc1258: iconv(text, to: "CP1258//TRANSLIT") ?? ascii(text)
        }
        return bytes.map { $0 < 0x20 || $0 == 0x7F ? UInt8(ascii: "?") : $0 }
    }

    static func ascii(_ text: String) -> [UInt8] {
        let plain = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: .diacriticInsensitive, locale: nil)
        return plain.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? UInt8($0.value) : UInt8(ascii: "?") }
    }

    /// The text converted character by character, so that one unconvertible character costs only itself.
    private static func iconv(_ text: String, to target: String) -> [UInt8]? {
        let converter = iconv_open(target, "UTF-8")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var out: [UInt8] = []
        for character in text.precomposedStringWithCanonicalMapping {
            out += convert(String(character), converter) ?? [UInt8(ascii: "?")]
        }
        return out
    }

    private static func convert(_ text: String, _ converter: iconv_t?) -> [UInt8]? {
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 8)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                guard Glibc.iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                // Flush any character the converter held back to combine with what follows.
                guard Glibc.iconv(converter, nil, nil, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return output[..<produced].map { UInt8(bitPattern: $0) }
    }
}
