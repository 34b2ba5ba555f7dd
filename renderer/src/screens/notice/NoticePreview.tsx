/**
 * The notice as the reader will see it, drawn from the same text main
 * writes to HTML, DOCX and PDF (`composeNotice`), as React elements: no
 * HTML string is injected into the app, so the strict CSP holds.
 */
import type { ChannelOutput } from '../../../../shared/contract/index.ts';

type NoticeText = ChannelOutput<'notice:preview'>['text'];
type Block = NoticeText['sections'][number]['blocks'][number];

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'paragraph') return <p>{block.text}</p>;
  if (block.kind === 'list') {
    return (
      <ul>
        {block.items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    );
  }
  return (
    <>
      <h5>{block.heading}</h5>
      {block.blocks.map((inner, index) => (
        <BlockView key={index} block={inner} />
      ))}
    </>
  );
}

/** Headings start at h3: the screen's own h1 and the panel's h2 sit above. */
export function NoticePreview({ text }: { text: NoticeText }) {
  return (
    <article className="notice-preview" lang={text.lang} data-testid="notice-preview">
      <h3>{text.title}</h3>
      <p>
        <strong>{text.organisationName}</strong>
      </p>
      <p>{text.audienceLine}</p>
      <p>{text.versionLine}</p>
      {text.sections.map((section) => (
        <section key={section.key} className={section.key === 'missing' ? 'notice-missing' : undefined} data-section={section.key}>
          <h4>{section.heading}</h4>
          {section.blocks.map((block, index) => (
            <BlockView key={index} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
