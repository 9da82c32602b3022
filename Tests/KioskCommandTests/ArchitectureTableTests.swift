import Foundation
import Testing

/// docs/ARCHITECTURE.md's module table says what each module may import; Package.swift decides it. The two
/// must say the same, for every folder of Sources/.
@Suite struct ArchitectureTableTests {
    static let root = Kiosk.root.path

    /// Each non-test target of Package.swift with its dependencies (targets by name, products by product name).
    static func packageTargets() throws -> [String: Set<String>] {
        let text = try String(contentsOfFile: root + "/Package.swift", encoding: .utf8)
        guard let start = text.range(of: "targets: [") else { return [:] }
        let body = text[start.upperBound...]
        var targets: [String: Set<String>] = [:]
        for kind in [".target(", ".executableTarget(", ".systemLibrary("] {
            var rest = body[...]
            while let open = rest.range(of: kind) {
                let declaration = balanced(rest[open.upperBound...], open: "(", close: ")")
                rest = rest[declaration.endIndex...]
                guard !declaration.contains("path: \"Tests"), let name = quoted(after: "name:", in: declaration) else { continue }
                var dependencies: Set<String> = []
                if let list = declaration.range(of: "dependencies: [") {
                    var items = String(balanced(declaration[list.upperBound...], open: "[", close: "]"))
                    // `.product(name: "P", package: "Q")` is the product P.
                    while let product = items.range(of: ".product(") {
                        let inner = balanced(items[product.upperBound...], open: "(", close: ")")
                        let name = quoted(after: "name:", in: inner) ?? ""
                        items.replaceSubrange(product.lowerBound ..< items.index(after: inner.endIndex), with: "\"\(name)\"")
                    }
                    dependencies = Set(items.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
                }
                targets[name] = dependencies
            }
        }
        return targets
    }

    /// The table's rows: module → what its last column lists.
    static func documented() throws -> [String: Set<String>] {
        let text = try String(contentsOfFile: root + "/docs/ARCHITECTURE.md", encoding: .utf8)
        var rows: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let module = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            rows[module] = Set(cells[cells.count - 2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty })
        }
        return rows
    }

    @Test("every module of Sources/ is in docs/ARCHITECTURE.md with exactly Package.swift's dependencies")
    func tableMatchesPackage() throws {
        let folders = Set(try FileManager.default.contentsOfDirectory(atPath: Self.root + "/Sources")
            .filter { !$0.hasPrefix(".") })
        let package = try Self.packageTargets()
        let table = try Self.documented()
        #expect(folders.count >= 19)
        #expect(Set(package.keys) == folders, "Package.swift's targets are the folders of Sources/")
        #expect(Set(table.keys) == folders, "the table lists every module, and no other")
        for module in folders.sorted() {
            #expect(table[module] == package[module],
                    "\(module): the table says \(table[module]?.sorted() ?? []), Package.swift \(package[module]?.sorted() ?? [])")
        }
    }
}

/// The text between an opening bracket just before `text` and its match (brackets in strings are not expected).
private func balanced(_ text: Substring, open: Character, close: Character) -> Substring {
    var depth = 1
    var index = text.startIndex
    while index < text.endIndex {
        if text[index] == open { depth += 1 }
        if text[index] == close {
            depth -= 1
            if depth == 0 { return text[text.startIndex ..< index] }
        }
        index = text.index(after: index)
    }
    return text
}

/// The first quoted string after `label`.
private func quoted(after label: String, in text: some StringProtocol) -> String? {
    guard let at = text.range(of: label) else { return nil }
    let parts = text[at.upperBound...].split(separator: "\"", maxSplits: 2, omittingEmptySubsequences: false)
    return parts.count > 1 ? String(parts[1]) : nil
}
