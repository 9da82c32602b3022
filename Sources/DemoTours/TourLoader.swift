import Foundation
import ProcedureCatalog
import Yams

/// Reads `Catalog/tours/*.yaml` and checks every reference: procedures against the catalog, cases against the
/// demo cases, event kinds and key names against what the kiosk knows.
public enum TourLoader {
    public static let folderName = "tours"

    public struct Problem: Error, Sendable, CustomStringConvertible, Equatable {
        public var file: String
        public var step: Int?
        public var message: String

        public var description: String {
            CatalogText.inert(file + (step.map { ": step \($0 + 1)" } ?? "") + ": " + message)
        }
    }

    /// Every tour in `catalogFolder/tours`, sorted by id; throws every problem of every file at once.
    public static func load(catalogFolder: String, procedureCodes: Set<String>, caseKeys: Set<String>) throws(TourProblems)
        -> [Tour]
    {
        let folder = catalogFolder + "/" + folderName
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var tours: [Tour] = []
        var problems: [Problem] = []
        for name in files {
            let path = folder + "/" + name
            do {
                let tour = try read(path: path, id: String(name.dropLast(5)))
                problems += check(tour, file: path, procedureCodes: procedureCodes, caseKeys: caseKeys)
                tours.append(tour)
            } catch let problem as Problem {
                problems.append(problem)
            } catch {
                problems.append(Problem(file: path, step: nil, message: "\(error)"))
            }
        }
        if !problems.isEmpty { throw TourProblems(problems) }
        return tours
    }

    static func read(path: String, id: String) throws -> Tour {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let file = try YAMLDecoder().decode(TourFile.self, from: text, userInfo: [:])
        let steps = try file.steps.enumerated().map { index, step in
            TourStep(caption: step.caption, events: try step.events.map { try $0.event(file: path, step: index) },
                     expect: step.expect)
        }
        guard !steps.isEmpty else { throw Problem(file: path, step: nil, message: "a tour needs at least one step") }
        return Tour(id: id, title: file.title, steps: steps)
    }

    static func check(_ tour: Tour, file: String, procedureCodes: Set<String>, caseKeys: Set<String>) -> [Problem] {
        var problems: [Problem] = []
        for (index, step) in tour.steps.enumerated() {
            for event in step.events {
                switch event {
                case .open(let code) where !procedureCodes.contains(code):
                    problems.append(Problem(file: file, step: index, message: "unknown procedure \(code)"))
                case .scan(let key), .keypadReceipt(let key), .keypadID(let key):
                    if !caseKeys.contains(key) {
                        problems.append(Problem(file: file, step: index, message: "unknown demo case \(key)"))
                    }
                default:
                    break
                }
            }
        }
        return problems
    }

    struct TourFile: Decodable {
        var title: LocalizedText
        var steps: [StepFile]
    }

    struct StepFile: Decodable {
        var caption: LocalizedText
        var events: [EventFile]
        var expect: LocalizedText?
    }

    /// One event: a mapping with exactly one of the known keys.
    struct EventFile: Decodable {
        var type: String?
        var key: String?
        var tap: LocalizedText?
        var open: String?
        var scan: String?
        var keypadReceipt: String?
        var keypadID: String?
        var language: String?

        enum CodingKeys: String, CodingKey {
            case type, key, tap, open, scan, language
            case keypadReceipt = "keypad_receipt"
            case keypadID = "keypad_id"
        }

        func event(file: String, step: Int) throws -> TourEvent {
            let given = [type.map { TourEvent.type($0) }, tap.map { TourEvent.tap($0) }, open.map { TourEvent.open($0) },
                         scan.map { TourEvent.scan(caseKey: $0) }, keypadReceipt.map { TourEvent.keypadReceipt(caseKey: $0) },
                         keypadID.map { TourEvent.keypadID(caseKey: $0) }].compactMap { $0 }
                + (key.map { _ in [TourEvent.key(.enter)] } ?? []) + (language.map { _ in [TourEvent.language(.vi)] } ?? [])
            guard given.count == 1 else {
                throw Problem(file: file, step: step, message: "an event needs exactly one of: type, key, tap, open, "
                              + "scan, keypad_receipt, keypad_id, language")
            }
            if let key {
                guard let named = TourKey(rawValue: key) else {
                    throw Problem(file: file, step: step, message: "unknown key \(key) (known: "
                                  + TourKey.allCases.map(\.rawValue).sorted().joined(separator: ", ") + ")")
                }
                return .key(named)
            }
            if let language {
                guard let value = Language(rawValue: language) else {
                    throw Problem(file: file, step: step, message: "unknown language \(language) (vi or en)")
                }
                return .language(value)
            }
            return given[0]
        }
    }
}

/// Every problem of the tours.
public struct TourProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [TourLoader.Problem]

    public init(_ problems: [TourLoader.Problem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
