import { Component } from "react";
import BannerShelf from "./BannerShelf.jsx";

const PARCELS = [
  { id: "LB-88231", from: "Hartley Outdoor", locker: 14, site: "Ashby Station", expires: "tomorrow", collected: false },
  { id: "LB-88307", from: "Pip & Thread", locker: 3, site: "Ashby Library", expires: "in 4 days", collected: false },
];

export default class LockerHome extends Component {
  static defaultProps = { parcels: PARCELS, customer: "Jonah Whitlock" };

  constructor(props) {
    super(props);
    this.state = { parcels: props.parcels, dismissed: [], later: [], refreshedAt: "08:02" };
  }

  banners() {
    const { parcels, dismissed, later } = this.state;
    const list = [];
    const expiring = parcels.find((p) => !p.collected && p.expires === "tomorrow");
    if (expiring) {
      list.push({
        id: "expiry-" + expiring.id,
        kind: "warning",
        title: "Parcel expiring",
        body: `Your parcel in locker ${expiring.locker} at ${expiring.site} expires ${expiring.expires}.`,
        canSnooze: true,
      });
    }
    list.push({
      id: "maint-tesco",
      kind: "info",
      title: "Locker bank closed",
      body: "The locker bank at Tesco Ashby is closed for maintenance until Friday.",
      canSnooze: false,
    });
    list.push({ id: "promo-send", kind: "promo", title: "Send with Lockbay", body: "Send a parcel from £2.99.", canSnooze: false });
    return list.filter((b) => !dismissed.includes(b.id) && !later.includes(b.id));
  }

  dismiss = (id) => this.setState((s) => ({ dismissed: [...s.dismissed, id] }));

  later = (id) => this.setState((s) => ({ later: [...s.later, id] }));

  refresh = () => this.setState({ later: [], refreshedAt: "08:15" });

  collect(id) {
    this.setState((s) => ({ parcels: s.parcels.map((p) => (p.id === id ? { ...p, collected: true } : p)) }));
  }

  render() {
    const { parcels, refreshedAt } = this.state;
    return (
      <main className="locker-home">
        <h1>Lockbay - hello {this.props.customer}</h1>
        <BannerShelf banners={this.banners()} onDismiss={this.dismiss} onLater={this.later} />
        <div className="refresh">
          <span>Updated {refreshedAt}</span>
          <button type="button" onClick={this.refresh}>
            Refresh parcels
          </button>
        </div>
        <ul className="parcels">
          {parcels.map((p) => (
            <li key={p.id}>
              {p.id} from {p.from} - locker {p.locker}, {p.site} - {p.collected ? "Collected" : `expires ${p.expires}`}
              {!p.collected && (
                <button type="button" onClick={() => this.collect(p.id)}>
                  I have collected it
                </button>
              )}
            </li>
          ))}
        </ul>
      </main>
    );
  }
}
