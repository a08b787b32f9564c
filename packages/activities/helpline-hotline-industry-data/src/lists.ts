import { OCSEA_FORMS, type StatisticsList } from '@dh/core';

/**
 * Why a child or an adult contacted a helpline about online sexual exploitation or abuse,
 * as its counsellor records the main reason (one per contact, so the reasons add up to no
 * more than the contacts about OCSEA).
 */
export const CONTACT_REASONS: StatisticsList = {
  name: 'contact_reason',
  title: 'Main reason for the contact',
  parts: [
    OCSEA_FORMS.grooming,
    OCSEA_FORMS.sexualExtortion,
    OCSEA_FORMS.imagesShared,
    OCSEA_FORMS.csam,
    OCSEA_FORMS.liveStreaming,
    OCSEA_FORMS.moneyOrGifts,
    ['unwanted_sexual_content', 'Unwanted sexual messages, images or comments'],
    ['other_ocsea_reason', 'Another form of OCSEA'],
    ['reason_not_recorded', 'Form of OCSEA not recorded'],
  ],
  notRecorded: 'reason_not_recorded',
};

/**
 * The kind of online service a company's figure concerns (a company may run several), as
 * its transparency report splits them. (dh) Named apart from the household survey's
 * `platform` list, whose codes are services a child uses rather than a company reports on.
 */
export const PLATFORM_TYPES: StatisticsList = {
  name: 'platform_type',
  title: 'Type of online service',
  parts: [
    ['social_media', 'Social media'],
    ['messaging', 'Messaging'],
    ['video_live_streaming', 'Video sharing and live streaming'],
    ['online_gaming', 'Online gaming'],
    ['cloud_file_sharing', 'Cloud storage and file sharing'],
    ['other_service', 'Another type of service'],
    ['service_not_recorded', 'Type of service not recorded'],
  ],
  notRecorded: 'service_not_recorded',
};
