import type { SVGProps } from 'react';

/** A few stroke icons drawn inline (24×24, currentColor) so the UI kit needs no icon package. */
export type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function createIcon(paths: readonly string[], name: string) {
  function Icon({ size = 20, ...props }: IconProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...props}
      >
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  }
  Icon.displayName = name;
  return Icon;
}

export const IconMicrophone = createIcon(
  ['M9 5a3 3 0 0 1 6 0v6a3 3 0 0 1-6 0z', 'M5 10a7 7 0 0 0 14 0', 'M12 17v4', 'M8 21h8'],
  'IconMicrophone',
);
export const IconBriefcase = createIcon(
  ['M3 9a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z', 'M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2', 'M3 13h18'],
  'IconBriefcase',
);
export const IconCalendar = createIcon(
  ['M4 7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z', 'M16 3v4', 'M8 3v4', 'M4 11h16'],
  'IconCalendar',
);
export const IconCompass = createIcon(
  ['M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0-18z', 'M16 8l-2 6l-6 2l2-6z'],
  'IconCompass',
);
export const IconSettings = createIcon(
  [
    'M10.3 4.3c.4-1.7 3-1.7 3.4 0a1.7 1.7 0 0 0 2.6 1.1c1.5-.9 3.3.8 2.4 2.4a1.7 1.7 0 0 0 1 2.5c1.8.4 1.8 3 0 3.4a1.7 1.7 0 0 0-1 2.6c.9 1.5-.9 3.3-2.4 2.4a1.7 1.7 0 0 0-2.6 1c-.4 1.8-3 1.8-3.4 0a1.7 1.7 0 0 0-2.5-1c-1.6.9-3.3-.9-2.4-2.4a1.7 1.7 0 0 0-1.1-2.6c-1.7-.4-1.7-3 0-3.4a1.7 1.7 0 0 0 1.1-2.5c-.9-1.6.8-3.3 2.4-2.4a1.7 1.7 0 0 0 2.5-1.1z',
    'M9 12a3 3 0 1 0 6 0a3 3 0 0 0-6 0',
  ],
  'IconSettings',
);
export const IconSun = createIcon(
  ['M8 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0', 'M3 12h1m8-9v1m8 8h1m-9 8v1M5.6 5.6l.7.7m12.1-.7l-.7.7m0 11.4l.7.7m-12.1-.7l-.7.7'],
  'IconSun',
);
export const IconMoon = createIcon(['M12 3a6 6 0 0 0 9 9a9 9 0 1 1-9-9z'], 'IconMoon');
export const IconDeviceDesktop = createIcon(
  ['M3 5a1 1 0 0 1 1-1h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z', 'M7 20h10', 'M9 16v4', 'M15 16v4'],
  'IconDeviceDesktop',
);
export const IconPlugOff = createIcon(
  ['M3 3l18 18', 'M16.1 12.1l1.4-1.4a3.5 3.5 0 0 0-5-5l-1.4 1.4', 'M9 9l-3.5 3.5a3.5 3.5 0 0 0 5 5L14 14', 'M6 18l-3 3', 'M15 3l-3 3', 'M21 9l-3 3'],
  'IconPlugOff',
);
export const IconSparkles = createIcon(
  ['M16 18a2 2 0 0 1 2 2a2 2 0 0 1 2-2a2 2 0 0 1-2-2a2 2 0 0 1-2 2z', 'M16 6a2 2 0 0 1 2 2a2 2 0 0 1 2-2a2 2 0 0 1-2-2a2 2 0 0 1-2 2z', 'M9 18a6 6 0 0 1 6-6a6 6 0 0 1-6-6a6 6 0 0 1-6 6a6 6 0 0 1 6 6z'],
  'IconSparkles',
);
export const IconDatabase = createIcon(
  ['M4 6c0 1.7 3.6 3 8 3s8-1.3 8-3s-3.6-3-8-3s-8 1.3-8 3', 'M4 6v6c0 1.7 3.6 3 8 3s8-1.3 8-3V6', 'M4 12v6c0 1.7 3.6 3 8 3s8-1.3 8-3v-6'],
  'IconDatabase',
);
export const IconPalette = createIcon(
  ['M12 21a9 9 0 0 1 0-18c5 0 9 3.6 9 8c0 2.8-2.2 5-5 5h-2.5a2 2 0 0 0-1 3.8a1.2 1.2 0 0 1-.5 1.2H12', 'M7.5 10.5a1 1 0 1 0 2 0a1 1 0 1 0-2 0', 'M11.5 7.5a1 1 0 1 0 2 0a1 1 0 1 0-2 0', 'M15.5 10.5a1 1 0 1 0 2 0a1 1 0 1 0-2 0'],
  'IconPalette',
);
export const IconArrowLeft = createIcon(['M5 12h14', 'M5 12l6 6', 'M5 12l6-6'], 'IconArrowLeft');
export const IconAlertTriangle = createIcon(
  ['M12 9v4', 'M10.4 3.9L2.6 17.5A1.8 1.8 0 0 0 4.2 20h15.6a1.8 1.8 0 0 0 1.6-2.5L13.6 3.9a1.8 1.8 0 0 0-3.2 0z', 'M12 16h.01'],
  'IconAlertTriangle',
);
export const IconBell = createIcon(
  ['M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3h-16a4 4 0 0 0 2-3v-3a7 7 0 0 1 4-6', 'M9 17v1a3 3 0 0 0 6 0v-1'],
  'IconBell',
);
