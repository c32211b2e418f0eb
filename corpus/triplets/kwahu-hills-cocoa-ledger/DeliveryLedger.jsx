import LedgerRows from "./LedgerRows.jsx";
import { PagerProvider, usePager } from "./PagerContext.jsx";

const DELIVERIES = [
  { receipt: "KH-0601", farmer: "Akosua Mensah", village: "Nkawkaw", kg: 62 },
  { receipt: "KH-0602", farmer: "Kwabena Owusu", village: "Mpraeso", kg: 48 },
  { receipt: "KH-0603", farmer: "Ama Serwaa", village: "Obo", kg: 75 },
  { receipt: "KH-0604", farmer: "Yaw Boateng", village: "Abetifi", kg: 54 },
  { receipt: "KH-0605", farmer: "Efua Asante", village: "Nkawkaw", kg: 39 },
  { receipt: "KH-0606", farmer: "Kofi Darko", village: "Kwahu Tafo", kg: 81 },
  { receipt: "KH-0607", farmer: "Adwoa Nyarko", village: "Obo", kg: 66 },
  { receipt: "KH-0608", farmer: "Kwame Ansah", village: "Mpraeso", kg: 57 },
  { receipt: "KH-0609", farmer: "Abena Konadu", village: "Abetifi", kg: 44 },
  { receipt: "KH-0610", farmer: "Kojo Frimpong", village: "Nkawkaw", kg: 70 },
  { receipt: "KH-0611", farmer: "Esi Appiah", village: "Kwahu Tafo", kg: 52 },
  { receipt: "KH-0612", farmer: "Yaa Agyeman", village: "Obo", kg: 63 },
  { receipt: "KH-0613", farmer: "Kwesi Amoah", village: "Mpraeso", kg: 58 },
  { receipt: "KH-0614", farmer: "Afia Oppong", village: "Abetifi", kg: 47 },
  { receipt: "KH-0615", farmer: "Nana Addo", village: "Nkawkaw", kg: 73 },
];

function PagerBar() {
  const { page, pageCount, goPrev, goNext } = usePager();
  return (
    <div className="pager">
      <button type="button" onClick={goPrev} disabled={page === 1}>
        Previous page
      </button>
      <span className="page-status">
        Page {page} of {pageCount}
      </span>
      <button type="button" onClick={goNext} disabled={page === pageCount}>
        Next page
      </button>
    </div>
  );
}

export default function DeliveryLedger({ deliveries = DELIVERIES, perPage = 6 }) {
  const seasonKg = deliveries.reduce((sum, d) => sum + d.kg, 0);

  return (
    <PagerProvider total={deliveries.length} perPage={perPage}>
      <main className="ledger">
        <h1>Kwahu Hills Cocoa Farmers' Cooperative</h1>
        <h2>Dry bean deliveries - main crop, week 44</h2>
        <table>
          <thead>
            <tr>
              <th>Receipt</th>
              <th>Farmer</th>
              <th>Village</th>
              <th>Dry weight</th>
            </tr>
          </thead>
          <LedgerRows deliveries={deliveries} />
        </table>
        <PagerBar />
        <p className="season">Season total: {seasonKg} kg</p>
        <p className="note">Weights after drying and sorting. Grade II beans are paid at the lower rate.</p>
      </main>
    </PagerProvider>
  );
}
