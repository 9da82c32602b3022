import Foundation
import KioskConfiguration
import KioskUI
import ProcedureCatalog

/// Time to render a frame and find what changed, while a search is typed, at the smallest and largest
/// comfortable sizes.
enum RenderBench {
    static let sizes = [Size(width: 80, height: 24), Size(width: 250, height: 80)]

    static func run(catalog: Catalog) -> [Size: Latencies] {
        let app = KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: .defaults)
        var results: [Size: Latencies] = [:]
        for size in sizes {
            var state = app.initialState(language: .vi, size: size, now: Date())
            var previous = app.view(state).grid
            var latencies = Latencies()
            var slowest: [(UInt64, String)] = []
            for query in BenchQueries.all.prefix(8) {
                var typed = ""
                for character in query {
                    _ = app.update(&state, .key(.character(character)))
                    typed.append(character)
                    latencies.time {
                        let grid = app.view(state).grid
                        _ = changedCells(previous, grid)
                        previous = grid
                    }
                    slowest.append((latencies.samples.last ?? 0, typed))
                }
                _ = app.update(&state, .key(.function(1)))
            }
            // Where to look when a figure is high: the slowest frames, on stderr.
            let worst = slowest.sorted { $0.0 > $1.0 }.prefix(4).map { "“\($0.1)” \(Figure.duration($0.0))" }
            FileHandle.standardError.write(Data("bench: slowest frames at \(size.width)x\(size.height): \(worst.joined(separator: ", "))\n".utf8))
            results[size] = latencies
        }
        return results
    }

    /// What the terminal layer compares before drawing.
    static func changedCells(_ old: Grid, _ new: Grid) -> Int {
        guard old.size == new.size else { return new.cells.count }
        var changed = 0
        for index in new.cells.indices where old.cells[index] != new.cells[index] { changed += 1 }
        return changed
    }
}
