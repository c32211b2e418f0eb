import { usePager } from "./PagerContext.jsx";

export default function LedgerRows({ deliveries }) {
  const { from, to } = usePager();
  const rows = deliveries.slice(from, to);
  const pageKg = rows.reduce((sum, d) => sum + d.kg, 0);

  return (
    <>
      <tbody>
        {rows.map((d) => (
          <tr key={d.receipt}>
            <td>{d.receipt}</td>
            <td>{d.farmer}</td>
            <td>{d.village}</td>
            <td>{d.kg} kg</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>Page total</td>
          <td className="page-total">{pageKg} kg</td>
        </tr>
      </tfoot>
    </>
  );
}
