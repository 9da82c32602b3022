import CQRencode
import Foundation

/// Encodes texts as QR codes with libqrencode, at error correction level M (15% of the code may be lost: a
/// phone held at an angle to a screen, a smudged print).
///
/// libqrencode keeps no promise of thread safety, and a frame may be drawn on one thread while a print is made
/// on another: every call goes through one lock, so the library only ever runs on one thread at a time. Codes
/// are kept by text, since the same procedure's code is drawn on every frame.
public final class QREncoder: @unchecked Sendable {
    public static let shared = QREncoder()

    private let lock = NSLock()
    private var made: [String: QRCode] = [:]
    /// Kept codes before the store is emptied (a kiosk shows a few hundred procedures a day).
    private let keep = 256

    public init() {}

    /// The code for `text`; nil when the text is empty or too long for any QR code (more than 2,331 bytes at
    /// level M).
    public func encode(_ text: String) -> QRCode? {
        guard !text.isEmpty else { return nil }
        return lock.withLock {
            if let code = made[text] { return code }
            guard let code = Self.encodeOnce(text) else { return nil }
            if made.count >= keep { made.removeAll(keepingCapacity: true) }
            made[text] = code
            return code
        }
    }

    private static func encodeOnce(_ text: String) -> QRCode? {
        // Version 0: the smallest that holds the text; 8-bit mode and case kept, as a URL needs.
        guard let encoded = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(encoded) }
        let size = Int(encoded.pointee.width)
        let data = UnsafeBufferPointer(start: encoded.pointee.data, count: size * size)
        // The lowest bit of each byte is the module's colour; the others say what the module is for.
        return QRCode(size: size, modules: data.map { $0 & 1 == 1 })
    }
}
