import Testing
@testable import KioskUI

@Suite struct GridTests {
    @Test func vietnameseLettersAreOneCellEach() {
        #expect(DisplayWidth.of("Đăng ký khai sinh") == 17)
        #expect(DisplayWidth.of("Nguyễn Thị Hương") == 16)
        // Decomposed input (e + combining acute) is still one grapheme of one cell.
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func wideCharactersTakeTwoCells() {
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        var grid = Grid(Size(width: 6, height: 1))
        let used = grid.put("a中b", x: 0, y: 0, role: .plain)
        #expect(used == 4)
        #expect(grid[1, 0].text == "中")
        #expect(grid[2, 0].isContinuation)
        #expect(grid.lines == ["a中b"])
    }

    @Test func aWideCharacterThatDoesNotFitIsLeftOutNotCut() {
        var grid = Grid(Size(width: 4, height: 1))
        grid.put("abc中", x: 0, y: 0, role: .plain)
        #expect(grid.lines == ["abc"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(Size(width: 4, height: 1))
        grid.put("中中", x: 0, y: 0, role: .plain)
        grid.put("x", x: 1, y: 0, role: .plain)
        #expect(grid.lines == [" x中"])
    }

    @Test func controlCharactersNeverReachTheGrid() {
        var grid = Grid(Size(width: 20, height: 1))
        grid.put("a\u{1B}[2J\u{9B}b\u{202E}c", x: 0, y: 0, role: .plain)
        #expect(grid.lines == ["a�[2J�b�c"])
        #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B } })
    }

    @Test func drawingClipsToTheGrid() {
        var grid = Grid(Size(width: 5, height: 2))
        grid.put("abcdefgh", x: -2, y: 0, role: .plain)
        grid.put("xyz", x: 3, y: 1, role: .plain)
        grid.put("never", x: 0, y: 5, role: .plain)
        grid.fill(Rect(x: -3, y: -3, width: 100, height: 1), role: .header)
        #expect(grid.lines == ["cdefg", "   xy"])
    }

    @Test func wrappingBreaksAtSpacesOnly() {
        let lines = TextWrap.lines("Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh", width: 20).map(String.init)
        #expect(lines == ["Cấp bản sao Trích", "lục hộ tịch, bản sao", "Giấy khai sinh"])
        for line in lines { #expect(DisplayWidth.of(line) <= 20) }
    }

    @Test func aWordWiderThanTheLineBreaksBetweenLetters() {
        let lines = TextWrap.lines("https://dichvucong.binhduong.gov.vn", width: 12).map(String.init)
        #expect(lines == ["https://dich", "vucong.binhd", "uong.gov.vn"])
        // Never inside a letter: a decomposed letter stays whole.
        let decomposed = TextWrap.lines("Nguye\u{302}\u{303}n", width: 5).map(String.init)
        #expect(decomposed == ["Nguye\u{302}\u{303}", "n"])
    }

    /// Catalog text is wrapped walking bytes (the fast way); it must give exactly the lines that walking
    /// characters gives, and count them alike, for every real name at every width, or pages would be laid out
    /// wrong.
    @Test func wrappingScalarsGivesTheLinesOfWrappingCharacters() {
        let names = Shipped.catalog.procedures.flatMap { [$0.name.vi, $0.name.en] }
        #expect(names.count > 2_000)
        var fast = 0
        for name in names {
            if name.unicodeScalars.allSatisfy({ $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }) { fast += 1 }
            for width in [1, 7, 13, 20, 37, 52, 76, 118] {
                let byCharacter = TextWrap.lines(name[...], width: width, walkingCharacters: true)
                #expect(TextWrap.lines(name, width: width) == byCharacter, "\(name) at \(width)")
                #expect(TextWrap.lineCount(name, width: width) == byCharacter.count, "\(name) at \(width)")
            }
        }
        #expect(fast > names.count / 2)
        // Text that is not all one-cell letters takes the way by characters, counted alike.
        for text in ["Nguye\u{302}\u{303}n Văn A", "東京 office hours", "a\r\nb c", "tab\there", "one\ntwo three"] {
            for width in [1, 3, 5, 8] {
                #expect(TextWrap.lineCount(text, width: width) == TextWrap.lines(text, width: width).count, "\(text)")
            }
        }
    }

    @Test func wrappingKeepsParagraphsAndSlicesTheOriginal() {
        let text = "một hai\nba bốn năm"
        let lines = TextWrap.lines(text, width: 6)
        #expect(lines.map(String.init) == ["một", "hai", "ba bốn", "năm"])
        #expect(text[lines[2].startIndex ..< lines[2].endIndex] == "ba bốn")
    }

    @Test func truncationEndsInAnEllipsisAtAWord() {
        #expect(TextWrap.truncated("Trung tâm Phục vụ hành chính công", width: 20) == "Trung tâm Phục vụ…")
        #expect(TextWrap.truncated("ngắn", width: 20) == "ngắn")
    }
}

@Suite struct ListLayoutTests {
    @Test func aLongNameEndsInAnEllipsisAtAWordAndKeepsItsHighlights() {
        let name = "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"
        let lines = ListLayout.titleLines(name, width: 20, maxLines: 2)
        #expect(lines.map(String.init) == ["Liên thông đăng ký", "khai sinh, đăng ký"])
        var canvas = Canvas(Size(width: 31, height: 4))
        let item = ListItem(title: name, meta: "20 ngày", highlights: [name.range(of: "khai")!])
        let layout = ListLayout(items: [item], area: Rect(x: 0, y: 0, width: 31, height: 4), compact: true)
        canvas.list([item], layout, selected: 1, language: .vi)
        #expect(canvas.grid.lines[0] == " 1  Liên thông đăng ký")
        #expect(canvas.grid.lines[1] == "    khai sinh, đăng ký…")
        #expect(canvas.grid[4, 1].role == .match)
        #expect(canvas.grid.lines[2] == "    20 ngày")
    }

    @Test func aShortNameIsNotCut() {
        #expect(ListLayout.titleLines("Đăng ký kết hôn", width: 20, maxLines: 2).map(String.init) == ["Đăng ký kết hôn"])
    }
}
