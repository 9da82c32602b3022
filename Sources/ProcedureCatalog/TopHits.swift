/// Keeps the best `limit` hits seen, without sorting every candidate: a min-heap on (score, then the
/// earlier procedure, which the catalog orders by popularity).
struct TopHits {
    private let limit: Int
    private var heap: [SearchHit] = []

    init(limit: Int) {
        self.limit = limit
        heap.reserveCapacity(limit)
    }

    /// True when `a` ranks below `b`.
    @inline(__always)
    private static func worse(_ a: SearchHit, _ b: SearchHit) -> Bool {
        a.score != b.score ? a.score < b.score : a.procedure > b.procedure
    }

    var isFull: Bool { heap.count >= limit }

    /// The score a new hit must beat once full (ties go to the earlier procedure, already kept).
    var lowestScore: Int? { heap.first?.score }

    mutating func offer(_ hit: SearchHit) {
        if heap.count < limit {
            heap.append(hit)
            siftUp(heap.count - 1)
        } else if let root = heap.first, Self.worse(root, hit) {
            heap[0] = hit
            siftDown(0)
        }
    }

    /// Best first.
    func sorted() -> [SearchHit] {
        heap.sorted { Self.worse($1, $0) }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.worse(heap[child], heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count, Self.worse(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count, Self.worse(heap[right], heap[smallest]) { smallest = right }
            if smallest == parent { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
