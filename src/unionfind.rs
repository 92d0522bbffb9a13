//! Disjoint sets over indices, for grouping documents (copies) and facts (clusters). The
//! root of a set is its smallest index, so a grouping does not depend on the order in
//! which pairs are joined.

#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub fn new(n: usize) -> UnionFind {
        UnionFind { parent: (0..n).collect() }
    }

    pub fn find(&mut self, i: usize) -> usize {
        let mut r = i;
        while self.parent[r] != r {
            r = self.parent[r];
        }
        let mut i = i;
        while self.parent[i] != r {
            let next = self.parent[i];
            self.parent[i] = r;
            i = next;
        }
        r
    }

    /// Join the sets of `a` and `b`; false when they were one set already.
    pub fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
        ra != rb
    }

    /// Join the items with equal keys ("the same cleaned text").
    pub fn join_equal<'a>(&mut self, keys: impl IntoIterator<Item = &'a str>) {
        let mut first: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, k) in keys.into_iter().enumerate() {
            match first.get(k) {
                Some(&j) => {
                    self.union(i, j);
                }
                None => {
                    first.insert(k, i);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_join_whatever_the_order() {
        let mut a = UnionFind::new(5);
        assert!(a.union(3, 1));
        assert!(a.union(4, 3));
        assert!(!a.union(1, 4));
        assert_eq!((a.find(4), a.find(0)), (1, 0));
        let mut b = UnionFind::new(4);
        b.join_equal(["x", "y", "x", "y"]);
        assert_eq!((0..4).map(|i| b.find(i)).collect::<Vec<_>>(), vec![0, 1, 0, 1]);
    }
}
