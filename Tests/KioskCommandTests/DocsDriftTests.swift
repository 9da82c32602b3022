import Foundation
import Testing

/// The README and docs/ say what the program does; these tests fail when the two part: a command or option the
/// docs name that the program lacks (or one it has that the command reference leaves out), a link or a file that
/// is not there, a README grown past what a newcomer reads.
@Suite struct DocsDriftTests {
    static let root = Kiosk.root

    /// README.md, docs/*.md and deploy/hall/README.md: every page an operator or developer reads.
    static func pages() throws -> [(name: String, text: String)] {
        let docs = root.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }.sorted()
        return try (["README.md", "deploy/hall/README.md"] + names.map { "docs/" + $0 }).map {
            ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test func readmeStaysShort() throws {
        let size = try Data(contentsOf: Self.root.appendingPathComponent("README.md")).count
        #expect(size <= 10 * 1024, "README.md is \(size) bytes: keep it under 10 KB and move reference into docs/")
    }

    @Test func everyCommandTheDocsNameExists() throws {
        let tree = try CommandTree.load()
        var problems: [String] = []
        for page in try Self.pages() {
            for usage in Markdown.code(page.text) {
                for invocation in KioskInvocation.all(in: usage) {
                    if let problem = tree.check(invocation) { problems.append("\(page.name): `\(usage)`: \(problem)") }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func theCommandReferenceNamesEveryCommandAndOption() throws {
        let tree = try CommandTree.load()
        let reference = try String(contentsOf: Self.root.appendingPathComponent("docs/commands.md"), encoding: .utf8)
        let usages = Markdown.code(reference).flatMap { KioskInvocation.all(in: $0) }
        var missing: [String] = []
        for command in tree.visibleCommands() {
            // The spans that invoke this command, as the parser would read them.
            let spans = usages.filter {
                if case .command(let found, _) = tree.resolve($0) { return found.path == command.path }
                return false
            }
            if spans.isEmpty { missing.append("kiosk \(command.path.joined(separator: " "))"); continue }
            let named = Set(spans.flatMap(\.words).filter { $0.hasPrefix("-") })
            for option in command.options.subtracting(CommandTree.common) where !named.contains(option) {
                missing.append("kiosk \(command.path.joined(separator: " ")) \(option)")
            }
        }
        #expect(missing.isEmpty, "docs/commands.md does not show: \(missing.joined(separator: ", "))")
    }

    /// "Every command but `generate`, `pin-hash` and `bench` takes `--catalog DIR`, `--config FILE` and `--lang`."
    @Test func theCommandsWithoutTheSharedOptionsAreTheOnesNamed() throws {
        let tree = try CommandTree.load()
        let reference = try String(contentsOf: Self.root.appendingPathComponent("docs/commands.md"), encoding: .utf8)
        let start = try #require(reference.range(of: "Every command but "))
        let end = try #require(reference[start.upperBound...].range(of: " takes "))
        let named = Set(Markdown.code(String(reference[start.upperBound ..< end.lowerBound])))
        let without = Set(tree.visibleCommands().filter { !$0.options.contains("--catalog") || !$0.options.contains("--lang") }
            .map { $0.path.joined(separator: " ") })
        #expect(named == without, "docs/commands.md names \(named.sorted()); the commands without the shared options are \(without.sorted())")
    }

    @Test func everyRelativeLinkAndAnchorExists() throws {
        var broken: [String] = []
        for page in try Self.pages() {
            let folder = Self.root.appendingPathComponent(page.name).deletingLastPathComponent()
            for target in Markdown.links(page.text) where !target.contains("://") && !target.hasPrefix("mailto:") {
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let (path, anchor) = (parts[0], parts.count > 1 ? parts[1] : nil)
                let file = path.isEmpty ? Self.root.appendingPathComponent(page.name) : folder.appendingPathComponent(path)
                guard FileManager.default.fileExists(atPath: file.path) else { broken.append("\(page.name): \(target)"); continue }
                if let anchor, !anchor.isEmpty {
                    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
                    if !Markdown.anchors(text).contains(anchor) { broken.append("\(page.name): \(target) (no such heading)") }
                }
            }
        }
        #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))")
    }

    @Test func everyFileTheDocsNameExists() throws {
        var missing: [String] = []
        for page in try Self.pages() {
            for span in Markdown.code(page.text) {
                for path in RepositoryPath.all(in: span)
                where !FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(path).path) {
                    missing.append("\(page.name): \(path)")
                }
            }
        }
        #expect(missing.isEmpty, "\(missing.joined(separator: "\n"))")
    }

    /// The checks themselves, on text made to fail them.
    @Test func theChecksCatchWhatTheyLookFor() throws {
        let tree = try CommandTree.load()
        func problem(_ usage: String) -> String? { KioskInvocation.all(in: usage).compactMap { tree.check($0) }.first }
        #expect(problem("kiosk serch dang ky") != nil)
        #expect(problem("kiosk queue takes K") != nil)
        #expect(problem("kiosk bench --only quality --fast") != nil)
        #expect(problem("kiosk search report --lang en --htm FILE") != nil)
        #expect(problem("kiosk search dang ky khai --limit 3") == nil)
        #expect(problem("sudo -u kiosk /opt/citizen-kiosk/bin/kiosk doctor --config /opt/citizen-kiosk/kiosk.conf") == nil)
        #expect(problem("kiosk counter --citizen --counter N") == nil)
        #expect(problem("kiosk ratings report [--by agency\\|field] [--json]") == nil)
        #expect(Markdown.anchors("## search.yaml: everyday words and synonyms\n## A case, on the form").sorted()
            == ["a-case-on-the-form", "searchyaml-everyday-words-and-synonyms"])
        #expect(RepositoryPath.all(in: "bash scripts/contrast --keep; see Tests/KioskUITests/Golden/") == ["scripts/contrast", "Tests/KioskUITests/Golden/"])
        #expect(Markdown.code("Run `kiosk search\nreport --html F` then `x`.\n\n```sh\nkiosk doctor\n```") == ["kiosk search report --html F", "x", "kiosk doctor"])
    }
}

/// The parts of Markdown the checks read.
enum Markdown {
    /// The text of every code span (a span may run over a line break, as wrapped prose has it) and every line of a
    /// fenced block.
    static func code(_ text: String) -> [String] {
        var spans: [String] = []
        var fenced = false
        var prose: [Substring] = []
        func closeProse() {
            let parts = prose.joined(separator: " ").split(separator: "`", omittingEmptySubsequences: false)
            spans += parts.enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            prose = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { closeProse(); fenced.toggle(); continue }
            if fenced { spans.append(String(line)); continue }
            // A blank line or a table row ends a paragraph: a span never runs past either.
            if line.isEmpty || line.hasPrefix("|") { closeProse() }
            prose.append(line)
            if line.hasPrefix("|") { closeProse() }
        }
        closeProse()
        return spans
    }

    /// Every `](target)` outside code.
    static func links(_ text: String) -> [String] {
        var targets: [String] = []
        var fenced = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix("```") { fenced.toggle(); continue }
            guard !fenced else { continue }
            var rest = line[...]
            while let open = rest.range(of: "](") {
                guard let close = rest[open.upperBound...].firstIndex(of: ")") else { break }
                targets.append(String(rest[open.upperBound ..< close]))
                rest = rest[close...]
            }
        }
        return targets
    }

    /// The anchors GitHub makes of a page's headings: lower case, spaces to dashes, punctuation dropped.
    static func anchors(_ text: String) -> Set<String> {
        var anchors: Set<String> = []
        var fenced = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix("```") { fenced.toggle(); continue }
            guard !fenced, line.hasPrefix("#") else { continue }
            let title = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
            let slug = title.lowercased().unicodeScalars.compactMap { scalar -> String? in
                if scalar == " " { return "-" }
                if scalar == "-" || scalar == "_" || CharacterSet.alphanumerics.contains(scalar) { return String(scalar) }
                return nil
            }.joined()
            anchors.insert(slug)
        }
        return anchors
    }
}

/// A path in the repository named in code: it begins with one of the repository's top folders.
enum RepositoryPath {
    static let tops = ["Sources/", "Tests/", "scripts/", "deploy/", "Catalog/", "docs/", ".ci/"]

    static func all(in span: String) -> [String] {
        span.split(whereSeparator: { " ;,()'\"=<>".contains($0) }).map(String.init).compactMap { word in
            guard tops.contains(where: { word.hasPrefix($0) }), !word.contains("*"), !word.contains("…"),
                  !word.contains("{"), !word.contains("[")
            else { return nil }
            return word.hasSuffix(":") ? String(word.dropLast()) : word
        }
    }
}

/// `kiosk …` in a code span: its words up to the end of the command (a pipe, `;`, `&&`, a redirection, a comment).
struct KioskInvocation {
    let words: [String]

    static func all(in span: String) -> [KioskInvocation] {
        // A comment ends the command line.
        let tokens = Array(tokenize(span).prefix { !$0.hasPrefix("#") })
        var found: [KioskInvocation] = []
        for (position, token) in tokens.enumerated() where isProgram(token) && startsCommand(at: position, in: tokens) {
            var words: [String] = []
            for word in tokens[(position + 1)...] {
                if ["|", ";", "&&", "||", ">", "<", "2>", "$("].contains(word) { break }
                if word == "…" || word == "..." { continue }  // `--sizes N …`: more of the same
                words.append(word)
            }
            found.append(KioskInvocation(words: words))
        }
        return found
    }

    static func isProgram(_ token: String) -> Bool {
        token == "kiosk" || ["/bin/kiosk", "/release/kiosk", "/debug/kiosk"].contains { token.hasSuffix($0) }
    }

    /// Whether the word at `position` is where a command begins: first, after a shell operator, or after
    /// `sudo -u USER` (so `-u kiosk`, the user, and `psql -d kiosk`, a database, are not the program).
    static func startsCommand(at position: Int, in tokens: [String]) -> Bool {
        if position == 0 { return true }
        if ["$", "|", ";", "&&", "||", "sudo", "exec", "time", "$(", "("].contains(tokens[position - 1]) { return true }
        return position >= 3 && tokens[position - 3] == "sudo" && tokens[position - 2] == "-u"
    }

    /// Words as a shell splits them, quotes kept together; optional brackets dropped (`[--json]` is `--json`).
    static func tokenize(_ span: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quote: Character?
        for character in span {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == " " || character == "\t" {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else if character != "[" && character != "]" {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}

/// The program's commands and options as its argument parser describes itself (`--experimental-dump-help`).
struct CommandTree {
    struct Command {
        let path: [String]
        let subcommands: [String: Command]
        let defaultSubcommand: String?
        let shown: Bool
        /// Long and short option names with their dashes.
        let options: Set<String>
        /// Options that take a value (the next word).
        let valued: Set<String>
        let takesPositionals: Bool
    }

    /// Options every command of the kiosk shares, said once at the top of docs/commands.md.
    static let common: Set<String> = ["--catalog", "--config", "--lang", "--help", "-h", "--version"]

    let root: Command

    static func load() throws -> CommandTree {
        let result = try Kiosk.run(["--experimental-dump-help"])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        guard let command = json?["command"] as? [String: Any] else { throw DumpError() }
        return CommandTree(root: parse(command, path: []))
    }

    struct DumpError: Error {}

    static func parse(_ node: [String: Any], path: [String]) -> Command {
        var options: Set<String> = [], valued: Set<String> = []
        var positionals = false
        for argument in node["arguments"] as? [[String: Any]] ?? [] {
            let kind = argument["kind"] as? String
            if kind == "positional" { positionals = true; continue }
            for entry in argument["names"] as? [[String: Any]] ?? [] {
                guard let value = entry["name"] as? String else { continue }
                let spelled = (entry["kind"] as? String == "short" ? "-" : "--") + value
                options.insert(spelled)
                if kind == "option" { valued.insert(spelled) }
            }
        }
        var subcommands: [String: Command] = [:]
        for child in node["subcommands"] as? [[String: Any]] ?? [] {
            guard let name = child["commandName"] as? String else { continue }
            subcommands[name] = parse(child, path: path + [name])
        }
        return Command(path: path, subcommands: subcommands, defaultSubcommand: node["defaultSubcommand"] as? String,
                       shown: node["shouldDisplay"] as? Bool ?? true, options: options, valued: valued,
                       takesPositionals: positionals)
    }

    /// Every command a user runs (not groups, not hidden ones, not `help`), by path.
    func visibleCommands() -> [Command] {
        func walk(_ command: Command) -> [Command] {
            guard command.shown, command.path.last != "help" else { return [] }
            if command.subcommands.isEmpty { return [command] }
            return command.subcommands.values.sorted { $0.path.lexicographicallyPrecedes($1.path) }.flatMap(walk)
        }
        return walk(root)
    }

    enum Resolution {
        case command(Command, rest: ArraySlice<String>)
        /// `kiosk counter ACTION …`, `kiosk COMMAND --help`: a placeholder for any command of the group.
        case placeholder
        case unknown(String)
    }

    /// The command an invocation runs and the words left for it.
    func resolve(_ invocation: KioskInvocation) -> Resolution {
        var command = root
        var rest = invocation.words[...]
        while !command.subcommands.isEmpty {
            let word = rest.first
            if let word, let next = command.subcommands[word] {
                command = next
                rest = rest.dropFirst()
            } else if let word, word.count > 1, word.allSatisfy({ $0.isUppercase || $0 == "_" }) {
                return .placeholder
            } else if word == nil, !command.path.isEmpty, command.defaultSubcommand == nil {
                return .placeholder  // `kiosk cases`: the group itself, named in a sentence
            } else if let fallback = command.defaultSubcommand, let next = command.subcommands[fallback],
                      word.map({ $0.hasPrefix("-") || next.takesPositionals }) ?? true
            {
                command = next
            } else if let word, command.options.contains(word) {
                break  // `kiosk --version`
            } else {
                return .unknown((command.path + [word ?? ""]).joined(separator: " "))
            }
        }
        return .command(command, rest: rest)
    }

    /// Why an invocation the docs show would not run as written, or nil.
    func check(_ invocation: KioskInvocation) -> String? {
        switch resolve(invocation) {
        case .placeholder: return nil
        case .unknown(let words): return "no such command: kiosk \(words)"
        case .command(let command, var words):
            let name = (["kiosk"] + command.path).joined(separator: " ")
            while let word = words.popFirst() {
                if word.hasPrefix("-") {
                    let option = String(word.split(separator: "=", maxSplits: 1)[0])
                    guard command.options.contains(option) else { return "\(name) has no \(option)" }
                    if command.valued.contains(option), !word.contains("=") { _ = words.popFirst() }
                } else if !command.takesPositionals {
                    return "\(name) takes no “\(word)”"
                }
            }
            return nil
        }
    }
}
