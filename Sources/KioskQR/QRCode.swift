/// A QR code's modules: `size` × `size`, dark or light, without the quiet zone (whoever draws it adds the four
/// light modules on every side a reader needs).
public struct QRCode: Equatable, Sendable {
    /// Modules on a side (21 for version 1, 4 more per version).
    public let size: Int
    /// Row by row, true where the module is dark.
    public let modules: [Bool]
    /// The light border a reader needs on every side, in modules.
    public static let quietZone = 4

    public init(size: Int, modules: [Bool]) {
        precondition(modules.count == size * size, "a QR code is square")
        self.size = size
        self.modules = modules
    }

    /// Whether the module at column `x`, row `y` is dark; outside the code (the quiet zone) it is light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }

    /// Modules on a side with the quiet zone.
    public var sizeWithQuietZone: Int { size + 2 * Self.quietZone }

    /// The version (1–40) a code of this size is.
    public var version: Int { (size - 17) / 4 }
}
