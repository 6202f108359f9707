import { Body, Button, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// The frame of every message: who it is from (the consultancy, and the organization where there is
// one), a heading, the content, and a footer that says why the person receives it. Plain inline
// styles, no images, no remote fonts, no tracking pixels; links point straight at the app.

const colors = { ink: "#1f2937", muted: "#4b5563", brand: "#1d4ed8", line: "#e5e7eb" };

export function MailLayout({ preview, from, heading, children, why }: { preview: string; from: string; heading: string; children: ReactNode; why: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f9fafb", color: colors.ink, fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", border: `1px solid ${colors.line}`, borderRadius: 8, maxWidth: 560, padding: "24px 28px" }}>
          <Text style={{ color: colors.muted, fontSize: 13, margin: "0 0 8px" }}>{from}</Text>
          <Heading as="h1" style={{ fontSize: 22, lineHeight: "28px", margin: "0 0 16px" }}>
            {heading}
          </Heading>
          {children}
          <Hr style={{ borderColor: colors.line, margin: "24px 0 16px" }} />
          <Text style={{ color: colors.muted, fontSize: 12, lineHeight: "18px", margin: 0 }}>{why}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: 15, lineHeight: "23px", margin: "0 0 14px" }}>{children}</Text>;
}

/** A person's own text: blank lines make paragraphs, single line breaks stay. Escaped by React like everything else. */
export function PersonalNote({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <Section>
      {paragraphs.map((paragraph, index) => (
        <Paragraph key={index}>
          {paragraph.split("\n").map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </Paragraph>
      ))}
    </Section>
  );
}

/** The main link as a button, with the address written out for mail programs that hide buttons. */
export function LinkButton({ href, label }: { href: string; label: string }) {
  return (
    <Section style={{ margin: "8px 0 16px" }}>
      <Button href={href} style={{ backgroundColor: colors.brand, borderRadius: 6, color: "#ffffff", fontSize: 15, fontWeight: 600, padding: "12px 20px" }}>
        {label}
      </Button>
      {/* The plain-text part already shows the address after the button's label. */}
      <Text data-skip-in-text="true" style={{ color: colors.muted, fontSize: 13, lineHeight: "19px", margin: "12px 0 0", wordBreak: "break-all" }}>
        Or open this address: {href}
      </Text>
    </Section>
  );
}
