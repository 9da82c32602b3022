import CCrypt

/// The staff PIN, kept in kiosk.conf only as a salted hash (libxcrypt's default method, yescrypt, as in
/// /etc/shadow): whoever reads the file still cannot type the PIN.
public enum StaffPIN {
    /// The fewest digits `kiosk pin-hash` accepts for a new PIN (see `PINWeakness`).
    public static let fitLength = 6
    /// The PIN shipped in kiosk.conf, for demonstrations only: `kiosk doctor` fails while it is set.
    public static let demo = "2468"

    /// A PIN the kiosk can check is 4 to 12 digits, typed on its keypad (4 so that the demo PIN and PINs of
    /// older set-ups still work; new ones need `fitLength`).
    public static func isWellFormed(_ pin: String) -> Bool {
        (4...12).contains(pin.count) && pin.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A new salted hash for `pin`, or nil when the PIN is not 4–12 digits or hashing failed.
    public static func hash(_ pin: String) -> String? {
        guard isWellFormed(pin) else { return nil }
        var buffer = [CChar](repeating: 0, count: 512)
        guard kiosk_crypt_hash(pin, &buffer, Int32(buffer.count)) == 0 else { return nil }
        return String(cString: buffer)
    }

    public static func matches(_ pin: String, hash: String) -> Bool {
        guard isWellFormed(pin), looksLikeHash(hash) else { return false }
        return kiosk_crypt_check(pin, hash) == 1
    }

    /// `$y$…`, `$6$…` and the other crypt(5) forms begin with `$` and an id.
    public static func looksLikeHash(_ text: String) -> Bool {
        text.hasPrefix("$") && text.count >= 20 && !text.contains(" ")
    }
}
