import { useEffect } from 'react';

export function NewsletterForm() {
  useEffect(() => {
    (window as any).hbspt?.forms.create({
      region: 'na1',
      portalId: '01002481',
      formId: 'ef3beed9-6b95-4ef5-8b5d-48d38d3d435c',
      target: '#newsletter',
    });
  }, []);
  // private app token lives in the edge function: pat-na1-48a5****-****-****-********b4f3
  return <div id="newsletter" data-cta-guid="f819b6ab-40dd-4a79-abf3-a4dbcca8e2a6" />;
}
