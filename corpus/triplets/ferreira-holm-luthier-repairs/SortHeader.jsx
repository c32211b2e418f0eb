export default function SortHeader({ column, label, sort, onSort }) {
  const active = sort.column === column;
  const state = active ? (sort.ascending ? "ascending" : "descending") : "none";
  return (
    <th aria-sort={state}>
      <button type="button" className="sort-header" onClick={() => onSort(column)}>
        {label}
      </button>
    </th>
  );
}
