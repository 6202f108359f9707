import Link from "next/link";

const navigation = [
  { href: "/", label: "Home" },
  { href: "/model", label: "The model" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-900">
          MPEM Assessment
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-1">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded-md px-3 py-2 text-sm font-medium text-ink hover:bg-brand-50">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
