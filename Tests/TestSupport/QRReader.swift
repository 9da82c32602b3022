import Foundation

/// Reads QR codes as a phone would: the picture is handed to zbar (`zbarimg`, Debian's zbar-tools), which knows
/// nothing of how the kiosk made it.
public enum QRReader {
    /// The texts zbar finds in a picture of `rows` (true: dark), each module `scale` pixels on a side, on a
    /// light background with no border of its own: the quiet zone must be in `rows`.
    public static func read(_ rows: [[Bool]], scale: Int = 6) throws -> [String] {
        let height = rows.count, width = rows.first?.count ?? 0
        var pixels = [UInt8]()
        pixels.reserveCapacity(width * height * scale * scale)
        for row in rows {
            let line = row.flatMap { dark in [UInt8](repeating: dark ? 0 : 255, count: scale) }
            for _ in 0 ..< scale { pixels += line }
        }
        let file = TestScratch.root + "qr-\(UUID().uuidString.prefix(8)).pgm"
        var data = Data("P5\n\(width * scale) \(height * scale)\n255\n".utf8)
        data.append(contentsOf: pixels)
        try data.write(to: URL(fileURLWithPath: file))
        defer { unlink(file) }
        return try image(file)
    }

    /// The texts zbar finds in an image file (a screenshot); none when it finds no code.
    public static func image(_ path: String) throws -> [String] {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg") else {
            throw Program.Failure(description: "zbarimg is missing: install zbar-tools (scripts/test does)")
        }
        do {
            let text = try Program.run("/usr/bin/zbarimg", ["--nodbus", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", path])
            return text.split(separator: "\n").map(String.init)
        } catch let failure as Program.Failure where !failure.description.contains("ERROR") {
            // zbarimg ends with status 4, saying nothing (-q), when the picture holds no code.
            return []
        }
    }
}
