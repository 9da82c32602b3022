/// The ESC/POS commands the kiosk sends (Epson's command set, which receipt printers of every make follow).
/// Only these: the test decoder knows exactly this list.
public enum ESCPOS {
    /// ESC @: back to the power-on state (no style left from a previous print).
    public static let initialize: [UInt8] = [0x1B, 0x40]
    /// ESC t n: the character code table.
    public static func codeTable(_ n: UInt8) -> [UInt8] { [0x1B, 0x74, n] }
    /// ESC a n: 0 left, 1 centre.
    public static func justify(centred: Bool) -> [UInt8] { [0x1B, 0x61, centred ? 1 : 0] }
    /// ESC E n: emphasised (bold) on or off.
    public static func emphasis(_ on: Bool) -> [UInt8] { [0x1B, 0x45, on ? 1 : 0] }
    /// GS ! n: character size; 0x11 is double width and double height.
    public static func size(large: Bool) -> [UInt8] { [0x1D, 0x21, large ? 0x11 : 0x00] }
    /// LF: print the line and feed one.
    public static let lineFeed: UInt8 = 0x0A
    /// ESC d n: print and feed n lines.
    public static func feed(_ lines: UInt8) -> [UInt8] { [0x1B, 0x64, lines] }
    /// GS V 66 n: feed n dots past the cutter and cut, leaving a tab (partial cut).
    public static func cut(feed: UInt8) -> [UInt8] { [0x1D, 0x56, 66, feed] }

    /// GS ( k: the QR code functions (cn 49). Model 2, module size in dots, error correction M, the data, print.
    public static func qrCode(_ data: [UInt8], moduleDots: UInt8) -> [UInt8] {
        func function(_ fn: UInt8, _ parameters: [UInt8]) -> [UInt8] {
            let length = parameters.count + 2
            return [0x1D, 0x28, 0x6B, UInt8(length & 0xFF), UInt8(length >> 8), 49, fn] + parameters
        }
        return function(65, [50, 0])          // fn 65: model 2
            + function(67, [moduleDots])       // fn 67: module size
            + function(69, [49])               // fn 69: error correction level M (15%)
            + function(80, [48] + data)        // fn 80: store the data
            + function(81, [48])               // fn 81: print the stored code
    }

    /// DLE EOT 4: ask for the paper roll sensor's status (one byte back).
    public static let paperStatusRequest: [UInt8] = [0x10, 0x04, 0x04]
    /// In the paper status byte: bits 5 and 6 set when the roll is out.
    public static let paperOutBits: UInt8 = 0x60
    /// Bits 2 and 3 set when the roll is near its end.
    public static let paperLowBits: UInt8 = 0x0C

    /// ESC t numbers of the code tables the kiosk uses, on Epson-compatible printers.
    public static let tableWPC1258: UInt8 = 52
    public static let tablePC437: UInt8 = 0
}
