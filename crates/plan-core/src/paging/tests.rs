//! Tests of paging: page count, clamping, slices, the out-of-range notice and
//! the return to page 1 on any change of search or filter.

use proptest::prelude::*;

use super::*;
use crate::url_state::{parse_query, Facet};

#[test]
fn counts_pages() {
    assert_eq!(page_count(0), 1);
    assert_eq!(page_count(1), 1);
    assert_eq!(page_count(26), 1);
    assert_eq!(page_count(50), 1);
    assert_eq!(page_count(51), 2);
    assert_eq!(page_count(5_000), 100);
}

#[test]
fn slices_and_clamps() {
    let all: Vec<usize> = (0..120).collect();
    let p = page(&all, 1);
    assert_eq!((p.number, p.count, p.items.len()), (1, 3, 50));
    assert_eq!(p.items[0], 0);
    assert_eq!((p.prev(), p.next()), (None, Some(2)));
    assert!(p.is_paged());
    let p = page(&all, 2);
    assert_eq!(p.items, &all[50..100]);
    assert_eq!((p.prev(), p.next()), (Some(1), Some(3)));
    assert_eq!(p.label_fr(), "Page 2 sur 3");
    let p = page(&all, 3);
    assert_eq!(p.items, &all[100..120]);
    assert_eq!(p.next(), None);
    // Beyond the last: the last page; below the first: the first.
    assert_eq!(page(&all, 99).number, 3);
    assert_eq!(page(&all, 99).items, &all[100..120]);
    assert_eq!(page(&all, 0).number, 1);
    // The real plan: one page, no navigation.
    let real: Vec<usize> = (0..26).collect();
    let p = page(&real, 1);
    assert_eq!(
        (p.number, p.count, p.items.len(), p.is_paged()),
        (1, 1, 26, false)
    );
    // Nothing matches: one empty page.
    let none: Vec<usize> = Vec::new();
    let p = page(&none, 4);
    assert_eq!((p.number, p.count, p.items.len()), (1, 1, 0));
}

#[test]
fn reports_a_page_beyond_the_last() {
    assert_eq!(out_of_range(2, 120), None);
    assert_eq!(out_of_range(3, 120), None);
    let i = out_of_range(4, 120).unwrap();
    assert_eq!((i.param.as_str(), i.raw.as_str()), ("page", "4"));
    assert!(i.reason_fr.contains("que 3 pages"), "{}", i.reason_fr);
    let i = out_of_range(2, 26).unwrap();
    assert!(i.reason_fr.contains("qu’une page"), "{}", i.reason_fr);
}

#[test]
fn any_change_of_search_or_filter_goes_back_to_page_one() {
    let (prev, _) = parse_query("q=eau&statut=partial&page=4");
    assert_eq!(prev.page, 4);
    // Only the page changes: kept.
    let mut next = prev.clone();
    next.page = 5;
    assert_eq!(after_change(&prev, next).page, 5);
    // The search text changes: page 1.
    let mut next = prev.clone();
    next.q.push('x');
    assert_eq!(after_change(&prev, next).page, 1);
    // A filter changes: page 1, whatever page `next` asked for.
    let mut next = prev.clone();
    next.toggle(Facet::Story, "1");
    next.page = 9;
    assert_eq!(after_change(&prev, next).page, 1);
    // Nothing changes: the same page.
    assert_eq!(after_change(&prev, prev.clone()).page, 4);
}

proptest! {
    /// The pages cut the list into consecutive slices that cover it exactly.
    #[test]
    fn pages_cover_the_list(total in 0usize..400) {
        let all: Vec<usize> = (0..total).collect();
        let count = page_count(total);
        let mut joined = Vec::new();
        for n in 1..=count {
            let p = page(&all, n);
            prop_assert_eq!(p.number, n);
            prop_assert_eq!(p.count, count);
            prop_assert!(p.items.len() <= PAGE_SIZE);
            prop_assert!(p.items.len() == PAGE_SIZE || n == count);
            prop_assert_eq!(out_of_range(n, total), None);
            joined.extend_from_slice(p.items);
        }
        prop_assert_eq!(joined, all);
        prop_assert!(out_of_range(count + 1, total).is_some());
    }
}
