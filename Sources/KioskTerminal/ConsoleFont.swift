import Glibc

/// The characters the Linux console's loaded font can show, read from the kernel's Unicode map of the console
/// (the GIO_UNIMAP ioctl, as `showconsolefont` and `setfont` use it). Nil where it cannot be told: not a Linux
/// console, or no permission to ask.
public enum ConsoleFont {
    /// `struct unipair` and `struct unimapdesc` of <linux/kd.h>.
    private struct UniPair {
        var unicode: UInt16 = 0
        var fontpos: UInt16 = 0
    }

    private struct UniMapDesc {
        var count: UInt16
        var entries: UnsafeMutablePointer<UniPair>
    }

    private static let getUniMap: UInt = 0x4B66

    public static func characters(of descriptor: Int32 = 0) -> Set<Unicode.Scalar>? {
        let capacity = 65535
        let entries = UnsafeMutablePointer<UniPair>.allocate(capacity: capacity)
        defer { entries.deallocate() }
        var description = UniMapDesc(count: UInt16(capacity), entries: entries)
        guard ioctl(descriptor, getUniMap, &description) == 0 else { return nil }
        var scalars = Set<Unicode.Scalar>()
        for index in 0 ..< Int(description.count) {
            if let scalar = Unicode.Scalar(UInt32(entries[index].unicode)) { scalars.insert(scalar) }
        }
        return scalars
    }
}
