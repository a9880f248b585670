extension RandomAccessCollection where Index == Int {
    /// The position of the first element for which `isBefore` is false, in a collection where all
    /// the elements for which it is true come first (a sorted one, asked "less than the key?"):
    /// a binary search. The sorted tables verify and build look paths and ids up in share it.
    func partitionPoint(_ isBefore: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
