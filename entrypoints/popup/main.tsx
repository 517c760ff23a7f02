import { preloadPopupData } from '../../components/popup/loadPopupData';
import { PopupRoot } from '../../components/popup/PopupRoot';
import { mountPage } from '../../components/shared/mountPage';
import { getDatabase } from '../../utils/db/database';

preloadPopupData(getDatabase());
mountPage('popupTitle', <PopupRoot />);
