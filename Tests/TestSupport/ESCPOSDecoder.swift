import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads back the ESC/POS bytes the kiosk sends, as a receipt printer would, into a listing a person can
/// check: one line per printed line, with the style it prints in, the QR code's data and settings, feeds and the
/// cut. Written from Epson's command reference for exactly the commands the kiosk uses; any other byte below
/// 0x20 is an error, so a stray or mistyped command fails the test instead of printing garbage.
public struct ESCPOSDecoder {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Characters a line in the standard font (32 on 58 mm, 48 on 80 mm); a longer line is an error.
    public let columns: Int

    public init(columns: Int) {
        self.columns = columns
    }

    private struct Style {
        var centred = false
        var bold = false
        var large = false
        var table: UInt8 = 0

        var flags: String { (centred ? "c" : "-") + (bold ? "b" : "-") + (large ? "L" : "-") }
    }

    public func decode(_ bytes: [UInt8]) throws -> [String] {
        var listing: [String] = []
        var style = Style()
        var text: [UInt8] = []
        var qr = (model: "", size: "", level: "", data: "")
        var at = 0

        func take(_ count: Int) throws -> [UInt8] {
            guard at + count <= bytes.count else { throw Failure(description: "command cut short at byte \(at)") }
            defer { at += count }
            return Array(bytes[at..<at + count])
        }

        while at < bytes.count {
            let byte = bytes[at]
            if byte >= 0x20 {
                text.append(byte)
                at += 1
                continue
            }
            guard text.isEmpty || byte == 0x0A else {
                throw Failure(description: "command 0x\(String(byte, radix: 16)) inside a line at byte \(at)")
            }
            at += 1
            switch byte {
            case 0x0A:
                let line = try Self.characters(text, table: style.table)
                let width = style.large ? columns / 2 : columns
                guard line.count <= width else {
                    throw Failure(description: "line of \(line.count) characters, wider than \(width): \(line)")
                }
                listing.append("\(style.flags) |\(line)")
                text = []
            case 0x1B:
                let command = try take(1)[0]
                switch command {
                case 0x40: style = Style(); listing.append("[initialize]")
                case 0x74: style.table = try take(1)[0]; listing.append("[code table \(style.table)]")
                case 0x61: style.centred = try take(1)[0] == 1
                case 0x45: style.bold = try take(1)[0] == 1
                case 0x64: listing.append("[feed \(try take(1)[0])]")
                default: throw Failure(description: "unknown ESC 0x\(String(command, radix: 16)) at byte \(at - 2)")
                }
            case 0x1D:
                let command = try take(1)[0]
                switch command {
                case 0x21:
                    let size = try take(1)[0]
                    guard size == 0 || size == 0x11 else { throw Failure(description: "size 0x\(String(size, radix: 16))") }
                    style.large = size == 0x11
                case 0x56:
                    let mode = try take(2)
                    guard mode[0] == 66 else { throw Failure(description: "cut mode \(mode[0])") }
                    listing.append("[cut]")
                case 0x28:
                    guard try take(1)[0] == 0x6B else { throw Failure(description: "GS ( other than k at \(at - 3)") }
                    let length = try take(2)
                    let body = try take(Int(length[0]) + Int(length[1]) * 256)
                    guard body.count >= 2, body[0] == 49 else { throw Failure(description: "GS ( k not a QR function") }
                    switch body[1] {
                    case 65: qr.model = body.count == 4 && body[2] == 50 ? "model 2" : "model ?\(body.dropFirst(2))"
                    case 67: qr.size = "module \(body[2]) dots"
                    case 69: qr.level = ["L", "M", "Q", "H"][Int(body[2]) - 48]
                    case 80: qr.data = String(decoding: body.dropFirst(3), as: UTF8.self)
                    case 81:
                        guard !qr.data.isEmpty else { throw Failure(description: "QR printed with no data stored") }
                        listing.append("[QR \(qr.model), \(qr.size), level \(qr.level): \(qr.data)]")
                        qr = ("", "", "", "")
                    default: throw Failure(description: "unknown QR function \(body[1])")
                    }
                default: throw Failure(description: "unknown GS 0x\(String(command, radix: 16)) at byte \(at - 2)")
                }
            default:
                throw Failure(description: "unknown control byte 0x\(String(byte, radix: 16)) at byte \(at - 1)")
            }
        }
        guard text.isEmpty else { throw Failure(description: "text left unprinted at the end (no line feed)") }
        return listing
    }

    /// A line's bytes in the code table: 52 is Windows-1258 (Vietnamese), 0 plain ASCII here.
    static func characters(_ bytes: [UInt8], table: UInt8) throws -> String {
        switch table {
        case 0:
            guard bytes.allSatisfy({ $0 < 0x80 }) else { throw Failure(description: "non-ASCII bytes in table 0") }
            return String(decoding: bytes, as: UTF8.self)
        case 52:
            return try fromCP1258(bytes).precomposedStringWithCanonicalMapping
        default:
            throw Failure(description: "text in unknown code table \(table)")
        }
    }

    private static func fromCP1258(_ bytes: [UInt8]) throws -> String {
        guard let converter = Optional(iconv_open("UTF-8", "CP1258")), converter != iconv_t(bitPattern: -1) else {
            throw Failure(description: "no CP1258 in iconv")
        }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 8)
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1,
                      iconv(converter, nil, nil, &outPointer, &outLeft) != -1 else { return -1 }
                return outBuffer.count - outLeft
            }
        }
        guard produced >= 0 else { throw Failure(description: "bytes that are not CP1258") }
        return String(decoding: output[..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
