import Foundation
import Yams

/// Reads every `.yaml`/`.yml` file under the procedures folder, in a stable order, on all cores.
/// Each YAML document in a file is one procedure: the shipped catalog keeps one procedure a file (clean diffs);
/// the synthetic generator packs many a file (fewer files at national scale).
enum ProcedureFiles {
    static func read(folder: String, problems: inout [CatalogProblem]) -> [Located<Procedure>] {
        let files = list(folder: folder, problems: &problems)
        let results = ConcurrentResults<([Located<Procedure>], [CatalogProblem])>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.set(index, readFile(files[index]))
        }
        var procedures: [Located<Procedure>] = []
        for (found, fileProblems) in results.values {
            procedures += found
            problems += fileProblems
        }
        return procedures
    }

    static func list(folder: String, problems: inout [CatalogProblem]) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = FileManager.default.enumerator(atPath: folder)
        else {
            problems.append(
                CatalogProblem(location: SourceLocation(file: folder), procedure: nil, field: "",
                               kind: .unreadable("no such folder")))
            return []
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { files.append("\(folder)/\(relative)") }
        }
        return files.sorted()
    }

    private static func readFile(_ path: String) -> ([Located<Procedure>], [CatalogProblem]) {
        let log = ProblemLog(file: path)
        guard let text = CatalogLoader.readText(path, log: log) else { return ([], log.problems) }
        var procedures: [Located<Procedure>] = []
        do {
            var documents = try Yams.compose_all(yaml: text)
            while let root = documents.next() {
                guard let object = YAMLObject.make(root, path: "", log: log) else { continue }
                if let procedure = ProcedureReader.read(object, file: path) {
                    procedures.append(Located(procedure, object: object))
                }
            }
            if let error = documents.error { throw error }
        } catch {
            log.procedure = nil
            log.report(.syntax(YAMLErrors.describe(error)), at: nil, field: "", fallbackLine: YAMLErrors.line(error))
        }
        return (procedures, log.problems)
    }
}

/// Results written by concurrent workers, one slot each.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.compactMap { $0 } }
}
