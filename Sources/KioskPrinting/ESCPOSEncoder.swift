import KioskConfiguration

/// A printout in the ESC/POS bytes of one printer: text wrapped to the paper's width and encoded in its code
/// page, the QR code with the printer's own QR command (so it prints sharp at any size), a cut at the end.
public struct ESCPOSEncoder: Sendable {
    public var settings: PrinterSettings

    public init(_ settings: PrinterSettings) {
        self.settings = settings
    }

    public func encode(_ printout: Printout) -> [UInt8] {
        var bytes = ESCPOS.initialize
        bytes += ESCPOS.codeTable(settings.codePage == .wpc1258 ? ESCPOS.tableWPC1258 : ESCPOS.tablePC437)
        for block in printout.blocks {
            switch block {
            case .text(let text, let style): bytes += encode(text, style)
            case .rule: bytes += PrinterText.ascii(String(repeating: "-", count: settings.columns)) + [ESCPOS.lineFeed]
            case .qrCode(let text): bytes += qrCode(text)
            case .blank(let lines): bytes += ESCPOS.feed(UInt8(clamping: lines))
            }
        }
        // Enough paper past the print head that the last line clears the cutter.
        return bytes + ESCPOS.feed(3) + ESCPOS.cut(feed: 0)
    }

    private func encode(_ text: String, _ style: PrintStyle) -> [UInt8] {
        let width = style.large ? settings.columns / 2 : settings.columns
        var bytes = ESCPOS.justify(centred: style.centred)
        if style.bold { bytes += ESCPOS.emphasis(true) }
        if style.large { bytes += ESCPOS.size(large: true) }
        for line in PrintWrap.lines(text, width: width, indent: style.indent, firstIndent: style.firstIndent) {
            bytes += PrinterText.encode(line, settings.codePage) + [ESCPOS.lineFeed]
        }
        if style.large { bytes += ESCPOS.size(large: false) }
        if style.bold { bytes += ESCPOS.emphasis(false) }
        if style.centred { bytes += ESCPOS.justify(centred: false) }
        return bytes
    }

    /// A code for a phone at arm's length: 6-dot modules on 80 mm paper, 4 on 58 mm (a long address is
    /// version 6, 41 modules: 246 or 164 dots of the 576 or 384 across).
    private func qrCode(_ text: String) -> [UInt8] {
        ESCPOS.justify(centred: true)
            + ESCPOS.qrCode(Array(text.utf8), moduleDots: settings.paperMillimetres == 58 ? 4 : 6)
            + [ESCPOS.lineFeed] + ESCPOS.justify(centred: false)
    }
}

/// Words to lines of at most `width` characters; a word longer than a line is cut (a long address).
enum PrintWrap {
    static func lines(_ text: String, width: Int, indent: Int, firstIndent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: min(indent, width / 2))
        var lines: [String] = []
        var prefix = String(repeating: " ", count: min(firstIndent, width / 2))
        var current = ""
        func flush() {
            lines.append(prefix + current)
            current = ""
            prefix = pad
        }
        for word in text.split(separator: " ") {
            var word = Substring(word)
            while !word.isEmpty {
                let room = width - prefix.count - current.count - (current.isEmpty ? 0 : 1)
                if word.count <= room {
                    current += (current.isEmpty ? "" : " ") + word
                    break
                }
                if !current.isEmpty {
                    flush()
                    continue
                }
                let take = width - prefix.count
                current = String(word.prefix(take))
                word = word.dropFirst(take)
                flush()
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(prefix + current) }
        return lines
    }
}
